package org.ipindex.core.normalise;

import java.util.Map;
import org.ipindex.core.build.Params;
import org.ipindex.core.model.Direction;

/** Small builders of {@link NormaliserInput} and {@link Params} for the normaliser tests. */
final class Inputs {
  private Inputs() {}

  /** Returns values normalised against their own values (per-year scope), direction +1. */
  static NormaliserInput values(double... values) {
    return NormaliserInput.of(values);
  }

  /** Returns values normalised against another reference (pooled years, a reference year, fixed bounds). */
  static NormaliserInput against(double[] reference, double... values) {
    return new NormaliserInput("x", values, reference, null, Double.NaN, Direction.POSITIVE);
  }

  /** Returns values against their own values with a target and a direction. */
  static NormaliserInput withTarget(double target, Direction direction, double... values) {
    return new NormaliserInput("x", values, values, null, target, direction);
  }

  /** Returns values with each unit's base-year value. */
  static NormaliserInput withBase(double[] base, Direction direction, double... values) {
    return new NormaliserInput("x", values, values, base, Double.NaN, direction);
  }

  /** Returns values against their own values with a direction (for methods that handle it). */
  static NormaliserInput directed(Direction direction, double... values) {
    return new NormaliserInput("x", values, values, null, Double.NaN, direction);
  }

  /** Returns recipe parameters as read from a file. */
  static Params params(Map<String, Object> values) {
    return new Params("recipe step 1 (normalise)", values);
  }

  static double[] of(double... values) {
    return values;
  }
}
