package org.ipindex.core.stat;

import java.util.Arrays;

/**
 * Descriptive statistics over arrays in which NaN means missing: every method skips NaN and returns
 * NaN when no value is present (or too few for the statistic). Inputs are never modified.
 */
public final class Stats {
  private Stats() {}

  /** Returns the number of values that are not NaN. */
  public static int count(double[] x) {
    int n = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        n++;
      }
    }
    return n;
  }

  public static double min(double[] x) {
    double m = Double.NaN;
    for (double v : x) {
      if (!Double.isNaN(v) && (Double.isNaN(m) || v < m)) {
        m = v;
      }
    }
    return m;
  }

  public static double max(double[] x) {
    double m = Double.NaN;
    for (double v : x) {
      if (!Double.isNaN(v) && (Double.isNaN(m) || v > m)) {
        m = v;
      }
    }
    return m;
  }

  /** Returns the arithmetic mean, summing in array order (as R's {@code mean} after NA removal up to rounding). */
  public static double mean(double[] x) {
    double s = 0;
    int n = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        s += v;
        n++;
      }
    }
    if (n == 0) {
      return Double.NaN;
    }
    double m = s / n;
    // R refines the mean with a second pass; doing the same keeps results identical to COINr.
    double t = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        t += v - m;
      }
    }
    return m + t / n;
  }

  /** Returns the sample standard deviation (denominator n − 1); NaN for fewer than two values. */
  public static double sd(double[] x) {
    return Math.sqrt(variance(x));
  }

  /** Returns the sample variance (denominator n − 1); NaN for fewer than two values. */
  public static double variance(double[] x) {
    int n = count(x);
    if (n < 2) {
      return Double.NaN;
    }
    double m = mean(x);
    double s = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        s += (v - m) * (v - m);
      }
    }
    return s / (n - 1);
  }

  /** Returns the present values, sorted ascending (a new array). */
  public static double[] sortedPresent(double[] x) {
    double[] p = new double[count(x)];
    int k = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        p[k++] = v;
      }
    }
    Arrays.sort(p);
    return p;
  }

  public static double median(double[] x) {
    return quantile(x, 0.5);
  }

  /**
   * Returns the p-quantile by linear interpolation between order statistics (R's type 7, the
   * default of R's {@code quantile}).
   *
   * <pre>  h = (n − 1)·p;  q = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋])</pre>
   */
  public static double quantile(double[] x, double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("quantile needs 0 <= p <= 1, got " + p);
    }
    double[] s = sortedPresent(x);
    return quantileOfSorted(s, p);
  }

  /** Returns the type-7 quantile of values already sorted ascending with no NaN. */
  public static double quantileOfSorted(double[] s, double p) {
    int n = s.length;
    if (n == 0) {
      return Double.NaN;
    }
    double h = (n - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, n - 1);
    return s[lo] + (h - lo) * (s[hi] - s[lo]);
  }

  /**
   * Returns how many values of {@code sorted} are strictly less than {@code v}, by binary search.
   * {@code sorted} must be ascending with no NaN (as {@link #sortedPresent} returns); a NaN
   * {@code v} gives 0. Ties count as not less, so {@code 1 + countBelowSorted(s, v)} is the
   * competition rank ("1, 2, 2, 4") of {@code v} among {@code s}.
   */
  public static int countBelowSorted(double[] sorted, double v) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Returns the sum of present values, NaN if none. */
  public static double sum(double[] x) {
    double s = 0;
    int n = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        s += v;
        n++;
      }
    }
    return n == 0 ? Double.NaN : s;
  }
}
