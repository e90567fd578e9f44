package org.ipindex.io.ingest.catalogue;

/** Whether a measure is a level at a moment or an amount over a period. */
public enum Accrual {
  /** A level at the end of the year (valid patents at year end). */
  STOCK,
  /** An amount over the year (applications filed in the year). */
  FLOW
}
