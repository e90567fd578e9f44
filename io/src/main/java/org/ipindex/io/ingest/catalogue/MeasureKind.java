package org.ipindex.io.ingest.catalogue;

/** What a measure counts; decides the range check. */
public enum MeasureKind {
  /** A number of things (件, 家, 人): never negative. */
  COUNT,
  /** A percentage: 0 to 100. */
  PERCENT,
  /** An amount of money (元, 万元, 亿元): any sign. */
  AMOUNT,
  /** Anything else (scores, months, ratios): no range check. */
  OTHER
}
