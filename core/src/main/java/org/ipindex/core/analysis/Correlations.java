package org.ipindex.core.analysis;

import java.util.Arrays;
import org.ipindex.core.stat.Stats;

/**
 * Pearson and Spearman correlation of two vectors over the positions where both are present
 * (R's {@code cor(x, y, use = "pairwise.complete.obs")}). Spearman's is Pearson's of the ranks, ties
 * given their average rank, ranked among the complete pairs. NaN for fewer than three complete pairs or
 * a constant vector.
 */
public final class Correlations {
  private Correlations() {}

  /** Returns Pearson's correlation. */
  public static double pearson(double[] x, double[] y) {
    double[][] p = complete(x, y);
    return p[0].length < 3 ? Double.NaN : plainPearson(p[0], p[1]);
  }

  /** Returns Spearman's rank correlation. */
  public static double spearman(double[] x, double[] y) {
    double[][] p = complete(x, y);
    return p[0].length < 3 ? Double.NaN : plainPearson(averageRanks(p[0]), averageRanks(p[1]));
  }

  /** Returns the number of positions where both are present. */
  public static int pairs(double[] x, double[] y) {
    return complete(x, y)[0].length;
  }

  private static double[][] complete(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("vectors of %d and %d values".formatted(x.length, y.length));
    }
    double[] a = new double[x.length];
    double[] b = new double[x.length];
    int n = 0;
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
        a[n] = x[i];
        b[n] = y[i];
        n++;
      }
    }
    return new double[][] {Arrays.copyOf(a, n), Arrays.copyOf(b, n)};
  }

  private static double plainPearson(double[] x, double[] y) {
    double mx = Stats.mean(x);
    double my = Stats.mean(y);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      double dx = x[i] - mx;
      double dy = y[i] - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    if (sxx == 0 || syy == 0) {
      return Double.NaN;
    }
    return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
  }

  /** Returns ranks 1…n, ascending, ties sharing their average rank. */
  static double[] averageRanks(double[] x) {
    Integer[] order = new Integer[x.length];
    for (int i = 0; i < x.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
    double[] r = new double[x.length];
    int i = 0;
    while (i < x.length) {
      int j = i;
      while (j + 1 < x.length && x[order[j + 1]] == x[order[i]]) {
        j++;
      }
      double rank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        r[order[k]] = rank;
      }
      i = j + 1;
    }
    return r;
  }
}
