package org.ipindex.io.ingest.catalogue;

import java.util.Collection;

/**
 * The values already stored, to tell new, changed and unchanged values apart and to complete the
 * sum and year-on-year checks. The store implements it; {@link InMemoryStoredValues} keeps values
 * in memory.
 */
public interface StoredValues {
  /** Nothing stored. */
  StoredValues NONE = (measure, region, year) -> Double.NaN;

  /** Returns the current stored value, NaN if there is none. */
  double value(String measure, String region, int year);

  /**
   * Returns values for lookups within these measures and years (a store may load them in one
   * query); the default returns this.
   */
  default StoredValues within(Collection<String> measures, int fromYear, int toYear) {
    return this;
  }
}
