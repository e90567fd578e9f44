package org.ipindex.core.analysis;

/** What the statistical audit flags; see {@link AuditSettings} for the thresholds. */
public enum AuditFlag {
  /** Fewer units have a value than {@link AuditSettings#minAvailability()}. */
  LOW_AVAILABILITY,
  /** |skew| and kurtosis both above their limits: a few values dominate the normalised scale. */
  SKEW_KURTOSIS,
  /** Values beyond 1.5 interquartile ranges below the first or above the third quartile. */
  OUTLIERS,
  /** More zeros than {@link AuditSettings#maxZeroShare()}. */
  MANY_ZEROS,
  /** Fewer distinct values than {@link AuditSettings#minUniqueShare()} of those present. */
  FEW_UNIQUE,
  /** Siblings correlating at least {@link AuditSettings#highCorrelation()}: possibly double counting. */
  HIGH_CORRELATION,
  /** A correlation at most {@link AuditSettings#negativeCorrelation()}: a trade-off within the index. */
  NEGATIVE_CORRELATION
}
