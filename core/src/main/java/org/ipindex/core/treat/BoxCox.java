package org.ipindex.core.treat;

import java.util.Locale;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.ProblemCode;
import org.ipindex.core.stat.Stats;

/**
 * Applies the Box-Cox power transform with a fixed λ (no estimation of λ), after shifting the values
 * so that the minimum becomes 1.
 *
 * <pre>
 *  y = x − min + 1                  (when shift; else y = x)
 *  f(y) = (y^λ − 1) / λ             λ ≠ 0
 *  f(y) = ln y                      λ = 0
 * </pre>
 *
 * <p>As COINr's {@code boxcox(makepos = TRUE)}, the shift is applied whatever the minimum, so a
 * vector whose minimum is already 1 is unchanged by it. The order of values is kept; NaN stays NaN
 * and is ignored for the minimum; a constant vector maps to zeros. Every present value is marked
 * {@code boxcox} (COINr marks nothing, since its {@code boxcox} returns a bare vector).
 * Reference: Box &amp; Cox (1964), "An analysis of transformations", JRSS B 26(2); COINr
 * {@code boxcox}.
 *
 * @param lambda the power; 0 means the natural log ({@link #DEFAULT_LAMBDA} in recipes)
 * @param shift whether to shift by 1 − min first; without it every value must be positive
 */
public record BoxCox(double lambda, boolean shift) implements Treater, Transform {
  /** λ used when a recipe gives none: the square-root transform, as in COINr's reference case. */
  public static final double DEFAULT_LAMBDA = 0.5;

  public BoxCox {
    if (!Double.isFinite(lambda)) {
      throw new IllegalArgumentException("BoxCox needs a finite lambda, got " + lambda);
    }
  }

  @Override
  public String name() {
    return "boxcox";
  }

  @Override
  public String code() {
    return "boxcox";
  }

  @Override
  public Treatment apply(String indicatorCode, double[] values) {
    return Transform.treat(this, indicatorCode, values);
  }

  @Override
  public boolean appliesTo(double[] values) {
    return Stats.count(values) > 0;
  }

  /**
   * {@inheritDoc}
   *
   * @throws DataException without {@code shift}, when a value is zero or negative
   */
  @Override
  public double[] transform(String indicatorCode, double[] x) {
    double min = Stats.min(x);
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double y = shift ? x[i] - min + 1 : x[i];
      if (!shift && y <= 0) {
        throw DataException.of(ProblemCode.NON_POSITIVE_VALUE, indicatorCode, String.format(Locale.ROOT,
            "Box-Cox needs positive values, but '%s' has %s; use shift: true to move the minimum to 1",
            indicatorCode, x[i]));
      }
      out[i] = lambda == 0 ? Math.log(y) : (Math.pow(y, lambda) - 1) / lambda;
    }
    return out;
  }
}
