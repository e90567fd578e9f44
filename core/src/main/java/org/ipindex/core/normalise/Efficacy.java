package org.ipindex.core.normalise;

import org.ipindex.core.stat.Stats;

/**
 * Returns efficacy-coefficient scores (功效系数法): a linear rescaling that maps the reference
 * minimum to {@code floor} and the reference maximum to {@code floor + span}, so that the worst
 * unit still gets a passing mark (60 to 100 by default).
 *
 * <pre>  score = floor + span · (x − min) / (max − min)</pre>
 *
 * min and max are taken from {@link NormaliserInput#reference()}. NaN stays NaN. Ties get equal
 * scores. When the reference has zero range (all equal) or no present value, every present value
 * gets the midpoint {@code floor + span / 2}, the same convention as {@link MinMax}. It is
 * {@code MinMax(floor, floor + span)} under another parametrisation.
 * Reference: the efficacy coefficient method (功效系数法) of Chinese comprehensive evaluation; it is
 * the min-max rescaling of the OECD/JRC Handbook on Constructing Composite Indicators (2008), §1.5.
 *
 * @param floor the score of the reference minimum
 * @param span the distance from the lowest to the highest score; must be positive
 */
public record Efficacy(double floor, double span) implements Normaliser {
  /** The default floor, 60. */
  public static final double DEFAULT_FLOOR = 60;
  /** The default span, 40 (scores on [60, 100]). */
  public static final double DEFAULT_SPAN = 40;

  /**
   * @throws IllegalArgumentException if {@code floor} is not finite or {@code span} is not a
   *     finite positive number
   */
  public Efficacy {
    if (!Double.isFinite(floor)) {
      throw new IllegalArgumentException("Efficacy needs a finite floor, got %s".formatted(floor));
    }
    if (!(span > 0 && Double.isFinite(span))) {
      throw new IllegalArgumentException("Efficacy needs a finite span > 0, got %s".formatted(span));
    }
  }

  @Override
  public String name() {
    return "efficacy";
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
        out[i] = floor + span / 2;
      } else {
        out[i] = (x[i] - min) / range * span + floor;
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
