package org.ipindex.core.normalise;

import org.ipindex.core.stat.Stats;

/**
 * Returns each value as a fraction of the reference maximum.
 *
 * <pre>  score = x / max</pre>
 *
 * The method is meant for non-negative indicators: the reference maximum scores 1 and 0 scores 0.
 * NaN stays NaN; ties get equal scores. When the reference maximum is 0 (or there is no present
 * reference value) the ratio is undefined and every score is NaN. A negative maximum reverses the
 * order; that happens when values of a direction −1 indicator are negated first, so use
 * another method for such indicators. Reference: COINr {@code n_fracmax}.
 */
public record FractionOfMax() implements Normaliser {
  @Override
  public String name() {
    return "fraction_of_max";
  }

  /** Returns the scores as a new array; the input arrays are not changed. */
  @Override
  public double[] apply(NormaliserInput input) {
    double max = Stats.max(input.reference());
    boolean undefined = max == 0 || Double.isNaN(max);
    double[] x = input.values();
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = undefined ? Double.NaN : x[i] / max;
    }
    return out;
  }
}
