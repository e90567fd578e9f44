package org.ipindex.core.treat;

import org.ipindex.core.stat.Moments;

/**
 * The skewness and excess kurtosis of one vector, and the outlier test built on them: values pass
 * when the skewness is moderate <em>or</em> the tails are not heavy.
 *
 * <pre>  pass ⇔ |skew| &lt; skewLimit  ∨  kurt &lt; kurtLimit</pre>
 *
 * <p>When either statistic is undefined (fewer than four values, or all values equal) the values
 * pass: there is no outlier to find. COINr would stop with an error or report NA there.
 * Reference: COINr {@code check_SkewKurt}; JRC COIN guidance on outliers (|skew| &gt; 2 and
 * kurtosis &gt; 3.5).
 *
 * @param skew sample skewness ({@link Moments#skew})
 * @param kurt sample excess kurtosis ({@link Moments#kurt})
 */
public record SkewKurt(double skew, double kurt) {
  /** The usual skewness limit of the test. */
  public static final double DEFAULT_SKEW_LIMIT = 2;
  /** The usual kurtosis limit of the test. */
  public static final double DEFAULT_KURT_LIMIT = 3.5;

  /** Returns the statistics of {@code x} (NaN skipped; not modified). */
  public static SkewKurt of(double[] x) {
    return new SkewKurt(Moments.skew(x), Moments.kurt(x));
  }

  /** Returns whether the values pass the test with these limits (true when undefined). */
  public boolean passes(double skewLimit, double kurtLimit) {
    if (Double.isNaN(skew) || Double.isNaN(kurt)) {
      return true;
    }
    return Math.abs(skew) < skewLimit || kurt < kurtLimit;
  }

  /** Returns whether the values pass with {@link #DEFAULT_SKEW_LIMIT} and {@link #DEFAULT_KURT_LIMIT}. */
  public boolean passes() {
    return passes(DEFAULT_SKEW_LIMIT, DEFAULT_KURT_LIMIT);
  }
}
