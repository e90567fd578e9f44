package org.ipindex.core.stat;

import java.util.Arrays;

/**
 * Competition ranking ("1, 2, 2, 4"): tied values share the lowest rank of their block and the next
 * rank skips. NaN gets rank NaN (missing stays missing). Inputs are never modified.
 */
public final class Ranks {
  private Ranks() {}

  /** Returns ranks where the highest value gets 1 (how results are ranked). */
  public static double[] descending(double[] x) {
    return rank(x, true);
  }

  /** Returns ranks where the lowest value gets 1 (R's {@code rank(x, ties.method = "min")}). */
  public static double[] ascending(double[] x) {
    return rank(x, false);
  }

  private static double[] rank(double[] x, boolean highestFirst) {
    int n = x.length;
    Integer[] order = new Integer[n];
    int present = 0;
    for (int i = 0; i < n; i++) {
      if (!Double.isNaN(x[i])) {
        order[present++] = i;
      }
    }
    Integer[] idx = Arrays.copyOf(order, present);
    Arrays.sort(idx, (a, b) -> highestFirst ? Double.compare(x[b], x[a]) : Double.compare(x[a], x[b]));
    double[] r = new double[n];
    Arrays.fill(r, Double.NaN);
    for (int k = 0; k < present; k++) {
      if (k > 0 && x[idx[k]] == x[idx[k - 1]]) {
        r[idx[k]] = r[idx[k - 1]];
      } else {
        r[idx[k]] = k + 1;
      }
    }
    return r;
  }
}
