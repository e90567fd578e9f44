package org.ipindex.io.ingest;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One value read from a statistics file, before validation: the measure and region as written, the
 * year, the number as an exact decimal ({@code unscaled × 10^-scale}, multipliers such as 万 folded
 * in), its unit as written and where it was read.
 *
 * @param measure the measure as written, e.g. {@code valid_patents[invention]} or an alias
 * @param region the region as written, e.g. {@code 广东省}, {@code Guangdong} or {@code 440000}
 * @param year the year
 * @param unscaled the decimal's digits
 * @param scale the decimal's scale
 * @param unit the unit as written (e.g. {@code 万件}), "" for the measure's own unit
 * @param where file, sheet, row and column
 */
public record StagedRow(String measure, String region, int year, long unscaled, int scale, String unit, Location where) {
  public StagedRow {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(region, "region");
    unit = unit == null ? "" : unit;
    Objects.requireNonNull(where, "where");
  }

  /** Returns the value in the unit as written, as the nearest double. */
  public double value() {
    return Notation.toDouble(unscaled, scale);
  }

  /** Returns the value in the unit as written, exactly. */
  public BigDecimal decimal() {
    return BigDecimal.valueOf(unscaled, scale);
  }
}
