package org.ipindex.core.analysis;

/**
 * The thresholds of the statistical audit; the defaults are COINr's ({@code get_stats},
 * {@code get_corr_flags}).
 *
 * @param highCorrelation siblings correlating at least this much (Pearson) are flagged as possibly
 *     redundant (default 0.9)
 * @param negativeCorrelation a correlation at most this (Pearson) is flagged as a trade-off
 *     (default −0.4)
 * @param minAvailability an indicator with a smaller share of units present is flagged (0.65)
 * @param skewLimit with {@code kurtLimit}: |skew| above this and kurtosis above that flag an
 *     indicator as skewed (2)
 * @param kurtLimit see {@code skewLimit} (3.5)
 * @param maxZeroShare an indicator with a larger share of zeros is flagged (0.5)
 * @param minUniqueShare an indicator with a smaller share of distinct values is flagged (0.5)
 */
public record AuditSettings(double highCorrelation, double negativeCorrelation, double minAvailability,
    double skewLimit, double kurtLimit, double maxZeroShare, double minUniqueShare) {
  /** COINr's thresholds. */
  public static final AuditSettings DEFAULT = new AuditSettings(0.9, -0.4, 0.65, 2, 3.5, 0.5, 0.5);

  public AuditSettings {
    if (!(highCorrelation > -1 && highCorrelation <= 1) || !(negativeCorrelation >= -1 && negativeCorrelation < 1)) {
      throw new IllegalArgumentException("correlation thresholds must lie in [-1, 1], got high %s and negative %s"
          .formatted(highCorrelation, negativeCorrelation));
    }
    for (double share : new double[] {minAvailability, maxZeroShare, minUniqueShare}) {
      if (!(share >= 0 && share <= 1)) {
        throw new IllegalArgumentException("availability, zero and unique shares must lie in [0, 1], got " + share);
      }
    }
    if (!(skewLimit > 0) || !(kurtLimit > 0)) {
      throw new IllegalArgumentException("skew and kurtosis limits must be positive");
    }
  }
}
