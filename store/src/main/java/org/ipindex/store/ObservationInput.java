package org.ipindex.store;

import java.util.Objects;

/**
 * One value to store, as a parsed file gives it.
 *
 * @param measure the measure's code (must be in the catalogue)
 * @param region any spelling of the region (广东, 广东省, Guangdong, 44, 440000)
 * @param year the year the value is for
 * @param value the value, finite
 * @param unit the unit as printed in the source, or null
 * @param note a note on this value, or null
 */
public record ObservationInput(String measure, String region, int year, double value, String unit, String note) {
  public ObservationInput {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(region, "region");
  }
}
