package org.ipindex.core.normalise;

import org.ipindex.core.stat.Stats;

/**
 * Returns the distance to the frontier on [0, 1]: 1 for the reference maximum, 0 for the minimum.
 *
 * <pre>  score = 1 − (max − x) / (max − min)</pre>
 *
 * min and max are taken from {@link NormaliserInput#reference()}. NaN stays NaN; ties get equal
 * scores. When the reference has zero range (all equal) or no present value, every present value
 * gets the midpoint 0.5, the same convention as {@link MinMax} (COINr returns NaN with a warning).
 * Reference: COINr {@code n_dist2max}.
 */
public record DistanceToMax() implements Normaliser {
  @Override
  public String name() {
    return "distance_to_max";
  }

  /** Returns the scores as a new array; the input arrays are not changed. */
  @Override
  public double[] apply(NormaliserInput input) {
    double min = Stats.min(input.reference());
    double max = Stats.max(input.reference());
    double range = max - min;
    double[] x = input.values();
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      if (Double.isNaN(x[i])) {
        out[i] = Double.NaN;
      } else if (range == 0 || Double.isNaN(range)) {
        out[i] = 0.5;
      } else {
        out[i] = 1 - (max - x[i]) / range;
      }
    }
    return out;
  }

  /** Returns the reference's minimum and maximum, all this method takes from it. */
  @Override
  public double[] condenseReference(double[] reference) {
    return References.minAndMax(reference);
  }
}
