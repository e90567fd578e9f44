package org.ipindex.core.normalise;

import org.ipindex.core.model.Direction;

/**
 * What a {@link Normaliser} sees for one indicator in one year. Arrays are not copied: a normaliser
 * must not change them.
 *
 * @param indicatorCode the indicator, for messages
 * @param values the values to normalise, one per unit (NaN = missing); negated beforehand for
 *     direction −1 unless the normaliser {@linkplain Normaliser#handlesDirection() handles direction}
 * @param reference the values the method's parameters (min, max, mean, ranks…) are taken from, as
 *     chosen by the bounds scope (the same year, all years pooled, a reference year, or fixed
 *     {@code [lower, upper]}); negated like {@code values}
 * @param base for {@code base_year_index}: each unit's value in the base year (never negated); else null
 * @param target the indicator's target, NaN when none (never negated)
 * @param direction the indicator's direction
 */
public record NormaliserInput(
    String indicatorCode, double[] values, double[] reference, double[] base, double target,
    Direction direction) {

  /** Returns an input whose reference is its own values (per-year scope), direction positive. */
  public static NormaliserInput of(double... values) {
    return new NormaliserInput("x", values, values, null, Double.NaN, Direction.POSITIVE);
  }
}
