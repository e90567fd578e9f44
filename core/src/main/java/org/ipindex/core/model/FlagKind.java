package org.ipindex.core.model;

/** Where a value of a panel came from. */
public enum FlagKind {
  /** Observed as given in the data. */
  OBSERVED,
  /** Copied from an earlier year; {@link Flag#sourceYear()} names it. */
  CARRIED_FORWARD,
  /** Estimated by an imputation method; {@link Flag#method()} names it. */
  IMPUTED,
  /** Observed, then changed by outlier treatment; {@link Flag#method()} names it. */
  TREATED,
  /** No value. */
  MISSING;

  /** Returns whether a value with this flag was observed (possibly treated), not estimated. */
  public boolean observed() {
    return this == OBSERVED || this == TREATED;
  }
}
