package org.ipindex.core.normalise;

import org.ipindex.core.stat.Stats;

/**
 * Rescales values linearly so that the reference minimum maps to {@code lower} and the reference
 * maximum to {@code upper}.
 *
 * <pre>  score = lower + (upper − lower) · (x − min) / (max − min)</pre>
 *
 * NaN stays NaN. When the reference has zero range (all equal) every present value gets the
 * midpoint {@code (lower + upper) / 2}, so an indicator that does not discriminate counts as neutral.
 * Reference: OECD/JRC Handbook on Constructing Composite Indicators (2008), §1.5; COINr {@code n_minx}.
 */
public record MinMax(double lower, double upper) implements Normaliser {
  public MinMax {
    if (!(lower < upper)) {
      throw new IllegalArgumentException("MinMax needs lower < upper, got [%s, %s]".formatted(lower, upper));
    }
  }

  @Override
  public String name() {
    return "minmax";
  }

  @Override
  public double[] apply(NormaliserInput input) {
    double min = Stats.min(input.reference());
    double max = Stats.max(input.reference());
    double[] x = input.values();
    double[] out = new double[x.length];
    double range = max - min;
    for (int i = 0; i < x.length; i++) {
      if (Double.isNaN(x[i])) {
        out[i] = Double.NaN;
      } else if (range == 0 || Double.isNaN(range)) {
        out[i] = (lower + upper) / 2;
      } else {
        out[i] = (x[i] - min) / range * (upper - lower) + lower;
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
