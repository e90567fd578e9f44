package org.ipindex.core.normalise;

import org.ipindex.core.stat.Stats;

/**
 * Returns the rank of each value among the reference values, ascending: the lowest value gets 1 and
 * a higher value a higher number.
 *
 * <pre>  score = 1 + #{r in reference : r &lt; x}</pre>
 *
 * Ties share the lowest rank of their block ("1, 2, 2, 4"), as R's
 * {@code rank(x, ties.method = "min")}. When the reference is the values themselves this is
 * {@link org.ipindex.core.stat.Ranks#ascending}; with another reference (pooled years, a reference
 * year, fixed bounds) x need not be among the reference values and is placed by the formula. NaN
 * stays NaN; missing reference values are skipped. A zero range needs no special case: all equal
 * values rank 1. Reference: COINr {@code n_rank}; OECD/JRC Handbook on Constructing Composite
 * Indicators (2008), §1.5 (ranking).
 */
public record RankScore() implements Normaliser {
  @Override
  public String name() {
    return "rank";
  }

  /** Returns the ranks as a new array; the input arrays are not changed. */
  @Override
  public double[] apply(NormaliserInput input) {
    return ranks(input);
  }

  /**
   * Returns {@code 1 + #{r in reference : r < x}} for each value, NaN for NaN; shared by the
   * rank-based methods.
   */
  static double[] ranks(NormaliserInput input) {
    double[] sorted = Stats.sortedPresent(input.reference());
    double[] x = input.values();
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = Double.isNaN(x[i]) ? Double.NaN : 1 + Stats.countBelowSorted(sorted, x[i]);
    }
    return out;
  }
}
