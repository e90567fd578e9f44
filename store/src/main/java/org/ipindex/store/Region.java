package org.ipindex.store;

/**
 * A region of the catalogue.
 *
 * @param code GB/T 2260 code (two digits for provinces and 71/81/82, six for sub-provincial cities),
 *     {@code CN} for the nation, {@code XJBT} for the Xinjiang Production and Construction Corps (alias
 *     {@code XPCC}), {@code FOREIGN} for foreign applicants in China, {@code ALL} for all applicants
 * @param nameZh short Chinese name (广东)
 * @param fullNameZh official Chinese name (广东省)
 * @param nameEn English name
 * @param type what kind of region it is
 * @param parent the containing region's code (a province's is {@code CN}), or null for the nation
 */
public record Region(String code, String nameZh, String fullNameZh, String nameEn, Type type, String parent) {
  /** The kinds of region. */
  public enum Type {
    NATION, PROVINCE, HK_MO_TW, CITY, CORPS,
    /** Foreign applicants in China (国外在华总计), a row of the annual report's tables. */
    FOREIGN,
    /** All applicants, domestic and foreign (合计), a row of the annual report's tables. */
    WORLD;

    String sql() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Type of(String sql) {
      return valueOf(sql.toUpperCase(java.util.Locale.ROOT));
    }
  }
}
