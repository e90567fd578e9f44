package org.ipindex.core.formula;

import java.util.Objects;

/**
 * How one framework indicator is obtained from measures: a formula (or none, where no statistic for
 * it exists or is known), the unit of the result and whether the bundled data fill it.
 *
 * @param indicator the indicator's code in the framework, e.g. {@code R19}
 * @param formula the formula, or null where there is none
 * @param unit the unit of the result, e.g. {@code 件/万人}
 * @param computableFromBundledData whether every input of the formula is in the data that ship with
 *     ipindex (a claim checked by tests against the bundled data)
 * @param note what the formula assumes, or why there is none
 */
public record Definition(String indicator, Formula formula, String unit, boolean computableFromBundledData, String note) {
  public Definition {
    Objects.requireNonNull(indicator, "indicator");
    if (indicator.isBlank()) {
      throw new IllegalArgumentException("indicator must not be blank");
    }
    unit = unit == null ? "" : unit;
    note = note == null ? "" : note;
  }

  /** Returns a definition with a formula parsed from text (see {@link Formula#parse}). */
  public static Definition of(String indicator, String formula, String unit) {
    return new Definition(indicator, Formula.parse(formula), unit, false, "");
  }
}
