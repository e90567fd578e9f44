package org.ipindex.core.normalise;

import org.ipindex.core.model.Direction;

/**
 * Returns each unit's value as an index of its own value in a base year ({@code scale} = the base
 * year's level).
 *
 * <pre>
 *  direction +1:  score = scale · x_t / x_base
 *  direction −1:  score = scale · x_base / x_t</pre>
 *
 * {@code x_base} is the unit's value in {@code baseYear}, passed as {@link NormaliserInput#base()};
 * the build step passes it because {@link #baseYear()} names that year. The reference is ignored.
 * The method applies direction itself, so values arrive un-negated; for
 * direction −1 a fall below the base level scores above {@code scale}. Scores do not depend on the
 * indicator's unit: multiplying every value by c &gt; 0 leaves them unchanged. NaN stays NaN. The
 * score is NaN where the base value is missing or 0, and, for direction −1, where x_t is 0. The
 * method is meant for positive indicators; with a negative value the sign of the ratio is kept
 * as it comes. Ties and a zero range need no special case. Reference: OECD/JRC Handbook on
 * Constructing Composite Indicators (2008), §1.5 (distance to a reference, the reference being
 * the unit itself at an initial time).
 *
 * @param baseYear the year whose values are the base, e.g. 2015; must be positive
 * @param scale the score of the base-year level, e.g. 100; must be positive
 */
public record BaseYearIndex(int baseYear, double scale) implements Normaliser {
  /** The default scale, 100. */
  public static final double DEFAULT_SCALE = 100;

  /**
   * @throws IllegalArgumentException if {@code baseYear} is not positive or {@code scale} is not
   *     finite and positive
   */
  public BaseYearIndex {
    if (baseYear <= 0) {
      throw new IllegalArgumentException("BaseYearIndex needs a base year > 0, got %d".formatted(baseYear));
    }
    if (!(scale > 0 && Double.isFinite(scale))) {
      throw new IllegalArgumentException("BaseYearIndex needs a finite scale > 0, got %s".formatted(scale));
    }
  }

  @Override
  public String name() {
    return "base_year_index";
  }

  @Override
  public boolean handlesDirection() {
    return true;
  }

  @Override
  public int baseYear() {
    return baseYear;
  }

  /**
   * Returns the scores as a new array; the input arrays are not changed.
   *
   * @throws IllegalArgumentException if {@code input.base()} is null or not as long as the values
   */
  @Override
  public double[] apply(NormaliserInput input) {
    double[] x = input.values();
    double[] base = input.base();
    if (base == null || base.length != x.length) {
      throw new IllegalArgumentException(
          "BaseYearIndex needs each unit's %d value as input.base() (%d values), got %s"
              .formatted(baseYear, x.length, base == null ? "none" : base.length + " values"));
    }
    boolean negative = input.direction() == Direction.NEGATIVE;
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double numerator = negative ? base[i] : x[i];
      double denominator = negative ? x[i] : base[i];
      boolean undefined =
          Double.isNaN(x[i]) || Double.isNaN(base[i]) || base[i] == 0 || denominator == 0;
      out[i] = undefined ? Double.NaN : scale * numerator / denominator;
    }
    return out;
  }
}
