package org.ipindex.core.aggregate;

/**
 * The correctly rounded sum of doubles: the exact sum of the values, rounded once to the nearest
 * double (ties to even). Unlike a running {@code s += x}, it does not depend on the order of the
 * values, so the same scores in another order give the same bits.
 *
 * <p>Shewchuk's algorithm: the running sum is kept exactly as a list of non-overlapping partials
 * (each addition split into its rounded sum and its error by two-sum), and the partials are added
 * from the largest down with a final correction for half-way cases, as Python's {@code math.fsum}
 * does. R's {@code sum}, which accumulates in extended precision, gives the same result for the
 * short vectors of an aggregation (see {@code Coinr03GoldenTest} in the app module).
 * Reference: J. R. Shewchuk (1997), "Adaptive precision floating-point arithmetic and fast robust
 * geometric predicates", Discrete &amp; Computational Geometry 18(3).
 */
final class ExactSum {
  private ExactSum() {}

  /**
   * Returns the correctly rounded sum of {@code x}. If the values hold a NaN or an infinity, or the
   * sum overflows, returns the plain running sum (NaN or ±infinity).
   */
  static double of(double[] x) {
    double[] partials = new double[x.length + 1];
    int count = 0;
    for (double v : x) {
      if (!Double.isFinite(v)) {
        return plain(x);
      }
      int kept = 0;
      for (int j = 0; j < count; j++) {
        double y = partials[j];
        if (Math.abs(v) < Math.abs(y)) {
          double t = v;
          v = y;
          y = t;
        }
        double hi = v + y;
        double lo = y - (hi - v);
        if (lo != 0) {
          partials[kept++] = lo;
        }
        v = hi;
      }
      if (!Double.isFinite(v)) {
        return plain(x);
      }
      if (v != 0) {
        partials[kept++] = v;
      }
      count = kept;
    }
    if (count == 0) {
      return 0;
    }
    int n = count - 1;
    double hi = partials[n];
    double lo = 0;
    while (n > 0) {
      double a = hi;
      double b = partials[--n];
      hi = a + b;
      double bRounded = hi - a;
      lo = b - bRounded;
      if (lo != 0) {
        break;
      }
    }
    // Round half to even: if the rest below lo has lo's sign, the exact sum is past the half-way point.
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      double twice = lo * 2;
      double candidate = hi + twice;
      if (twice == candidate - hi) {
        hi = candidate;
      }
    }
    return hi;
  }

  private static double plain(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s;
  }
}
