package org.ipindex.io.ingest.catalogue;

/** The kinds of regions statistics are given for. */
public enum RegionType {
  /** The whole (ALL = domestic + foreign, as in the CNIPA tables' 合计). */
  WORLD,
  /** The national total (全国, 国内总计). */
  NATION,
  /** One of the 31 provinces, autonomous regions and municipalities. */
  PROVINCE,
  /** 台湾, 香港, 澳门. */
  SPECIAL,
  /** A sub-provincial city (深圳, 青岛 …). */
  CITY,
  /** 新疆生产建设兵团. */
  CORPS,
  /** The foreign total (国外在华总计). */
  FOREIGN
}
