package org.ipindex.core.normalise;

import java.util.Locale;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Direction;
import org.ipindex.core.model.ProblemCode;

/**
 * Returns scores measured between fixed goalposts: 0 at the worst goalpost, {@code scale} at the
 * best, independent of the data of any year or unit.
 *
 * <pre>
 *  direction +1:  score = scale · (f(x) − f(lower)) / (f(upper) − f(lower))
 *  direction −1:  score = scale · (f(upper) − f(x)) / (f(upper) − f(lower))
 *  f(x) = ln x if log, else x;   clamp: score limited to [0, scale]</pre>
 *
 * The reference is ignored; goalposts are given in the indicator's own unit and the method applies
 * direction itself, so values arrive un-negated. With {@code log} the UNDP Human Development Index
 * treats income this way: ln of GNI per capita between goalposts 100 and 75,000 (PPP $). NaN stays
 * NaN; ties get equal scores; there is no zero range since {@code lower < upper}. With {@code log}
 * and {@code clamp}, a value ≤ 0 lies below the lower goalpost and gets its score (0 for direction
 * +1, {@code scale} for −1); without {@code clamp} it has no logarithm and is rejected.
 * Reference: UNDP, Human Development Report 2020, Technical notes, technical note 1; COINr
 * {@code n_goalposts}.
 *
 * @param lower the lower goalpost, in the indicator's unit; positive when {@code log}
 * @param upper the upper goalpost, above {@code lower}
 * @param scale the score of the best goalpost; must be positive
 * @param clamp whether values beyond the goalposts are held at them (COINr's {@code trunc2posts})
 * @param log whether values and goalposts are compared on the natural-log scale
 */
public record Goalposts(double lower, double upper, double scale, boolean clamp, boolean log)
    implements Normaliser {
  /** The default scale, 1. */
  public static final double DEFAULT_SCALE = 1;
  /** By default values beyond the goalposts are held at them. */
  public static final boolean DEFAULT_CLAMP = true;
  /** By default values are compared on their own scale, not logged. */
  public static final boolean DEFAULT_LOG = false;

  /**
   * @throws IllegalArgumentException if the goalposts are not finite with {@code lower < upper},
   *     {@code lower ≤ 0} with {@code log}, or {@code scale} is not finite and positive
   */
  public Goalposts {
    if (!(lower < upper) || !Double.isFinite(lower) || !Double.isFinite(upper)) {
      throw new IllegalArgumentException(
          "Goalposts needs finite lower < upper, got [%s, %s]".formatted(lower, upper));
    }
    if (log && !(lower > 0)) {
      throw new IllegalArgumentException(
          "Goalposts with log needs lower > 0, got lower = %s".formatted(lower));
    }
    if (!(scale > 0 && Double.isFinite(scale))) {
      throw new IllegalArgumentException("Goalposts needs a finite scale > 0, got %s".formatted(scale));
    }
  }

  @Override
  public String name() {
    return "goalposts";
  }

  @Override
  public boolean handlesDirection() {
    return true;
  }

  /**
   * Returns the scores as a new array; the input arrays are not changed.
   *
   * @throws DataException with {@link ProblemCode#NON_POSITIVE_VALUE} for a value ≤ 0 with
   *     {@code log} and without {@code clamp}
   */
  @Override
  public double[] apply(NormaliserInput input) {
    boolean negative = input.direction() == Direction.NEGATIVE;
    double lo = f(lower);
    double hi = f(upper);
    double width = hi - lo;
    double[] x = input.values();
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double v = x[i];
      if (Double.isNaN(v)) {
        out[i] = Double.NaN;
        continue;
      }
      double y;
      if (log && v <= 0) {
        if (!clamp) {
          throw DataException.of(ProblemCode.NON_POSITIVE_VALUE, "normalise",
              String.format(Locale.ROOT,
                  "goalposts with log needs positive values, but indicator '%s' has %s; set clamp"
                      + " to true to score such values at the lower goalpost, or set log to false",
                  input.indicatorCode(), v));
        }
        y = negative ? 1 : 0;
      } else {
        y = negative ? (hi - f(v)) / width : (f(v) - lo) / width;
        if (clamp) {
          y = Math.max(0, Math.min(1, y));
        }
      }
      out[i] = y * scale;
    }
    return out;
  }

  private double f(double v) {
    return log ? Math.log(v) : v;
  }
}
