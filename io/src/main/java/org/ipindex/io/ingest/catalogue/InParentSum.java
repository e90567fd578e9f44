package org.ipindex.io.ingest.catalogue;

/** Whether a region's values count toward its parent's total in the sum check. */
public enum InParentSum {
  /** Always part of the parent's total; the check waits until every required part has a value. */
  REQUIRED,
  /** Part of the parent's total when present (台湾, 香港, 澳门 in the CNIPA tables' 国内总计). */
  OPTIONAL,
  /** Not added (a memo item such as a sub-provincial city, already inside its province). */
  NO
}
