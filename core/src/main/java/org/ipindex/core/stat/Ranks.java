package org.ipindex.core.stat;

import java.util.Arrays;

/**
 * Competition ranking ("1, 2, 2, 4"): tied values share the lowest rank of their block and the next
 * rank skips. NaN gets rank NaN (missing stays missing). Inputs are never modified.
 *
 * <p>A value's rank is one more than the number of values strictly better than it. Results rank
 * every node in every year, so this is a measured hot path written low-level: short vectors count
 * directly (n² comparisons, nothing to sort); longer ones are radix-sorted on their bits, which
 * costs the same for any data and, unlike a comparison sort, has no branches to mispredict.
 */
public final class Ranks {
  /** Up to this length, counting all pairs is faster than sorting. */
  private static final int SHORT = 64;

  private Ranks() {}

  /** Returns ranks where the highest value gets 1 (how results are ranked). */
  public static double[] descending(double[] x) {
    return x.length <= SHORT ? byCounting(x, true) : bySorting(x, true);
  }

  /** Returns ranks where the lowest value gets 1 (R's {@code rank(x, ties.method = "min")}). */
  public static double[] ascending(double[] x) {
    return x.length <= SHORT ? byCounting(x, false) : bySorting(x, false);
  }

  private static double[] byCounting(double[] x, boolean highestFirst) {
    int n = x.length;
    double[] r = new double[n];
    for (int i = 0; i < n; i++) {
      double v = x[i];
      if (Double.isNaN(v)) {
        r[i] = Double.NaN;
        continue;
      }
      int better = 0; // NaN compares false, so it never counts
      if (highestFirst) {
        for (int j = 0; j < n; j++) {
          better += x[j] > v ? 1 : 0;
        }
      } else {
        for (int j = 0; j < n; j++) {
          better += x[j] < v ? 1 : 0;
        }
      }
      r[i] = better + 1;
    }
    return r;
  }

  private static double[] bySorting(double[] x, boolean highestFirst) {
    int n = x.length;
    long[] keys = new long[n];
    int[] at = new int[n];
    double[] r = new double[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (Double.isNaN(x[i])) {
        r[i] = Double.NaN;
      } else {
        keys[m] = orderedBits(x[i]);
        at[m++] = i;
      }
    }
    radixSort(keys, at, m);
    // equal keys are equal values: a block of ties takes the rank of its first member
    double rank = 0;
    for (int k = 0; k < m; k++) {
      int sorted = highestFirst ? m - 1 - k : k;
      int previous = highestFirst ? sorted + 1 : sorted - 1;
      if (k == 0 || keys[sorted] != keys[previous]) {
        rank = k + 1;
      }
      r[at[sorted]] = rank;
    }
    return r;
  }

  /**
   * Returns a key whose unsigned order is the numeric order of {@code v} (not NaN), equal exactly
   * for equal values: −0.0 is first made 0.0, then negative values have all bits flipped and
   * positive ones the sign bit.
   */
  private static long orderedBits(double v) {
    long bits = Double.doubleToRawLongBits(v + 0.0);
    return bits ^ ((bits >> 63) | Long.MIN_VALUE);
  }

  /**
   * Sorts {@code keys[0, m)} as unsigned, carrying {@code at} along: LSD radix, 8 bits a pass (11
   * for long vectors, fewer passes), skipping the passes whose digit is the same in every key.
   */
  private static void radixSort(long[] sortedKeys, int[] sortedAt, int m) {
    if (m < 2) {
      return;
    }
    int bits = m < 1024 ? 8 : 11;
    int mask = (1 << bits) - 1;
    int[] count = new int[mask + 1];
    long[] keys = sortedKeys;
    int[] at = sortedAt;
    long[] keysTo = new long[m];
    int[] atTo = new int[m];
    for (int shift = 0; shift < Long.SIZE; shift += bits) {
      Arrays.fill(count, 0);
      for (int k = 0; k < m; k++) {
        count[(int) (keys[k] >>> shift) & mask]++;
      }
      if (count[(int) (keys[0] >>> shift) & mask] == m) {
        continue;
      }
      int start = 0;
      for (int d = 0; d <= mask; d++) {
        int c = count[d];
        count[d] = start;
        start += c;
      }
      for (int k = 0; k < m; k++) {
        int to = count[(int) (keys[k] >>> shift) & mask]++;
        keysTo[to] = keys[k];
        atTo[to] = at[k];
      }
      long[] swapKeys = keys;
      keys = keysTo;
      keysTo = swapKeys;
      int[] swapAt = at;
      at = atTo;
      atTo = swapAt;
    }
    if (keys != sortedKeys) { // an odd number of passes ended in the scratch arrays
      System.arraycopy(keys, 0, sortedKeys, 0, m);
      System.arraycopy(at, 0, sortedAt, 0, m);
    }
  }
}
