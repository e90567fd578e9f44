package org.ipindex.core.normalise;

import org.ipindex.core.stat.Stats;

/**
 * Returns percentile ranks: 0 for the lowest reference value and 1 for the highest.
 *
 * <pre>  score = (rank − 1) / (n − 1)</pre>
 *
 * where rank is the {@linkplain RankScore rank} of x among the reference values (ties = min) and n
 * the number of present reference values. NaN stays NaN. Tied values share the lower score, so a
 * zero range (all equal, n ≥ 2) gives 0 to all, as in COINr. When n is 1 or 0 the formula is
 * 0 / 0; every present value then gets the midpoint 0.5, the same convention as {@link MinMax} for
 * a zero range. With a reference that does not contain the values (a reference year or fixed
 * bounds), a value above every reference value scores n / (n − 1), above 1; the formula is kept as
 * it is so that the method stays {@link Borda} divided by n − 1. Reference: COINr {@code n_prank}.
 */
public record PercentileRank() implements Normaliser {
  @Override
  public String name() {
    return "percentile_rank";
  }

  /** Returns the scores as a new array; the input arrays are not changed. */
  @Override
  public double[] apply(NormaliserInput input) {
    int n = Stats.count(input.reference());
    double[] out = RankScore.ranks(input);
    for (int i = 0; i < out.length; i++) {
      if (!Double.isNaN(out[i])) {
        out[i] = n <= 1 ? 0.5 : (out[i] - 1) / (n - 1);
      }
    }
    return out;
  }
}
