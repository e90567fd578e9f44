package org.ipindex.io.ingest.validate;

/**
 * The year-on-year jump check: a value is flagged (warning) when its change on the previous year is
 * far outside the other regions' changes of the same measure and year.
 *
 * <pre>
 * g_r   = ln(x_r,t / x_r,t−1)                       for regions with both values &gt; 0
 * m     = median_r(g_r)
 * s     = max(1.4826 · median_r |g_r − m|, madFloor)  (scaled MAD: the SD for normal data)
 * flag r  where |g_r − m| &gt; k · s
 * </pre>
 *
 * <p>With fewer than {@code minRegions} regions in a cross-section there is no robust spread and
 * nothing is flagged. The floor keeps a cross-section of near-identical growth rates from flagging
 * ordinary differences. On the bundled statistics ({@code data/statistics.csv}: CNIPA 2024 tables,
 * NBS 2019–2024) the defaults (k = 5, floor 0.05, 5 regions) flag 8 values, each a real outlier
 * (e.g. 香港's trademark applications −34 % while the median region fell 3 %); see
 * {@code JumpRuleTest}.
 *
 * @param k how many robust deviations count as a jump (default 5)
 * @param madFloor the smallest spread s used, in log units (default 0.05)
 * @param minRegions the fewest regions a cross-section needs (default 5)
 */
public record JumpRule(double k, double madFloor, int minRegions) {
  /** k = 5, floor 0.05, at least 5 regions. */
  public static final JumpRule DEFAULT = new JumpRule(5, 0.05, 5);
  /** No jump check. */
  public static final JumpRule OFF = new JumpRule(Double.POSITIVE_INFINITY, 0, Integer.MAX_VALUE);
  /** Scales the median absolute deviation to the standard deviation of normal data. */
  public static final double MAD_SCALE = 1.4826;

  public JumpRule {
    if (!(k > 0) || !(madFloor >= 0) || minRegions < 2) {
      throw new IllegalArgumentException("JumpRule needs k > 0, madFloor >= 0, minRegions >= 2; got %s, %s, %d"
          .formatted(k, madFloor, minRegions));
    }
  }
}
