package org.ipindex.core.stat;

/**
 * Shape statistics of a sample: skewness and excess kurtosis as Excel's {@code SKEW} and
 * {@code KURT} define them (e1071's {@code type = 2}, COINr's {@code skew} and {@code kurt}).
 * NaN means missing and is skipped; a statistic that cannot be computed (too few values, or all
 * values equal) is NaN. Inputs are never modified.
 */
public final class Moments {
  private Moments() {}

  /**
   * Returns the sample skewness.
   *
   * <pre>  G1 = n / ((n − 1)(n − 2)) · Σ ((x − m) / s)³,   s = sample standard deviation</pre>
   *
   * computed as COINr (from e1071) does: with d = x − m,
   * {@code √n·Σd³ / (Σd²)^(3/2) · √(n(n − 1)) / (n − 2)}.
   *
   * <p>NaN when fewer than three values are present or all present values are equal.
   * Reference: Joanes &amp; Gill (1998), "Comparing measures of sample skewness and kurtosis",
   * The Statistician 47(1), statistic G1; Microsoft Excel {@code SKEW}.
   */
  public static double skew(double[] x) {
    int n = Stats.count(x);
    if (n < 3) {
      return Double.NaN;
    }
    double m = Stats.mean(x);
    double s2 = 0;
    double s3 = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        double d = v - m;
        double d2 = d * d;
        s2 += d2;
        s3 += d2 * d;
      }
    }
    if (s2 == 0) {
      return Double.NaN;
    }
    double g = Math.sqrt(n) * s3 / Math.pow(s2, 1.5);
    return g * Math.sqrt((double) n * (n - 1)) / (n - 2);
  }

  /**
   * Returns the sample excess kurtosis.
   *
   * <pre>  G2 = n(n + 1) / ((n − 1)(n − 2)(n − 3)) · Σ ((x − m) / s)⁴ − 3(n − 1)² / ((n − 2)(n − 3))</pre>
   *
   * computed as COINr (from e1071) does: with d = x − m and r = n·Σd⁴ / (Σd²)²,
   * {@code ((n + 1)(r − 3) + 6)(n − 1) / ((n − 2)(n − 3))}. A normal sample has G2 near 0.
   *
   * <p>NaN when fewer than four values are present or all present values are equal.
   * Reference: Joanes &amp; Gill (1998), statistic G2; Microsoft Excel {@code KURT}.
   */
  public static double kurt(double[] x) {
    int n = Stats.count(x);
    if (n < 4) {
      return Double.NaN;
    }
    double m = Stats.mean(x);
    double s2 = 0;
    double s4 = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        double d = v - m;
        double d2 = d * d;
        s2 += d2;
        s4 += d2 * d2;
      }
    }
    if (s2 == 0) {
      return Double.NaN;
    }
    double r = n * s4 / (s2 * s2);
    return ((n + 1) * (r - 3) + 6) * (n - 1) / ((double) (n - 2) * (n - 3));
  }
}
