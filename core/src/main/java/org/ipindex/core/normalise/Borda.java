package org.ipindex.core.normalise;

/**
 * Returns Borda scores: the number of reference values strictly below each value.
 *
 * <pre>  score = rank − 1</pre>
 *
 * where rank is the {@linkplain RankScore rank} of x among the reference values (ties = min, so
 * tied values share the lower score). The lowest value scores 0. NaN stays NaN; a zero range needs
 * no special case (all equal values score 0). Reference: COINr {@code n_borda}; J.-C. de Borda,
 * <i>Mémoire sur les élections au scrutin</i> (1781).
 */
public record Borda() implements Normaliser {
  @Override
  public String name() {
    return "borda";
  }

  /** Returns the scores as a new array; the input arrays are not changed. */
  @Override
  public double[] apply(NormaliserInput input) {
    double[] out = RankScore.ranks(input);
    for (int i = 0; i < out.length; i++) {
      out[i] = out[i] - 1;
    }
    return out;
  }
}
