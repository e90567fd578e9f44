package org.ipindex.core.formula;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.ipindex.core.model.Flag;

/**
 * Where one derived value came from: every input the formula read (series, unit, year, value and
 * flag) and, for a missing value, why it is missing.
 *
 * @param inputs the inputs read, in the order the formula reads them (a missing input has NaN)
 * @param missingReason why the value is missing, e.g. {@code "population_year_end is missing for 44 in
 *     2024"}; "" when the value is present
 */
public record Provenance(List<Input> inputs, String missingReason) {
  /** A provenance with no inputs and no value. */
  public static final Provenance NONE = new Provenance(List.of(), "not derived");

  public Provenance {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(missingReason, "missingReason");
  }

  /**
   * One value a formula read.
   *
   * @param series the series code, e.g. {@code valid_patents[invention]}
   * @param unit the unit's code, e.g. {@code 44}
   * @param year the year
   * @param value the value, NaN where missing
   * @param flag the value's flag in the input panel
   */
  public record Input(String series, String unit, int year, double value, Flag flag) {
    /** Returns e.g. {@code "population_year_end[44, 2024] = 12780.0 (observed)"}. */
    public String describe() {
      return "%s[%s, %d] = %s (%s)".formatted(series, unit, year,
          Double.isNaN(value) ? "missing" : String.format(Locale.ROOT, "%s", value), flag.describe());
    }
  }

  /** Returns whether the value is missing. */
  public boolean missing() {
    return !missingReason.isEmpty();
  }

  /** Returns one line listing the inputs and, if missing, the reason. */
  public String describe() {
    String in = inputs.stream().map(Input::describe).collect(Collectors.joining("; "));
    return missing() ? "missing: " + missingReason + (in.isEmpty() ? "" : " (inputs: " + in + ")") : in;
  }
}
