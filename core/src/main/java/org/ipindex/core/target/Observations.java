package org.ipindex.core.target;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * Observed values of indicators by year, as an immutable map from indicator code to its series
 * (year → value, years ascending). NaN values are dropped on the way in: a missing value is an
 * absent year.
 *
 * <p>Example: {@code ProgressTableTest#assesses_a_set_from_observations_up_to_the_year}.
 */
public final class Observations {
  private static final Observations EMPTY = new Observations(Map.of());
  private final Map<String, NavigableMap<Integer, Double>> byIndicator;

  private Observations(Map<String, NavigableMap<Integer, Double>> byIndicator) {
    this.byIndicator = byIndicator;
  }

  /** Returns observations with no values. */
  public static Observations empty() {
    return EMPTY;
  }

  /**
   * Returns the observations of a map from indicator code to series (copied; NaN values dropped).
   *
   * @throws IllegalArgumentException for a null code, year or value, or an infinite value
   */
  public static Observations of(Map<String, ? extends Map<Integer, Double>> values) {
    Map<String, NavigableMap<Integer, Double>> copy = new LinkedHashMap<>();
    values.forEach((code, series) -> {
      if (code == null) {
        throw new IllegalArgumentException("an indicator code is null");
      }
      TreeMap<Integer, Double> s = new TreeMap<>();
      series.forEach((year, value) -> {
        if (year == null || value == null || Double.isInfinite(value)) {
          throw new IllegalArgumentException("indicator '%s': bad year or value %s → %s".formatted(code, year, value));
        }
        if (!Double.isNaN(value)) {
          s.put(year, value);
        }
      });
      copy.put(code, Collections.unmodifiableNavigableMap(s));
    });
    return new Observations(Collections.unmodifiableMap(copy));
  }

  /** Returns the series of an indicator (unmodifiable; empty if it has none). */
  public NavigableMap<Integer, Double> series(String indicatorCode) {
    NavigableMap<Integer, Double> s = byIndicator.get(indicatorCode);
    return s == null ? Collections.emptyNavigableMap() : s;
  }

  /** Returns the codes of the indicators with a series, in the order given. */
  public Set<String> indicators() {
    return byIndicator.keySet();
  }

  /** Returns the latest year in which any of the indicators has a value, if any has one. */
  public OptionalInt latestYear(Collection<String> indicatorCodes) {
    return indicatorCodes.stream().map(this::series).filter(s -> !s.isEmpty())
        .mapToInt(NavigableMap::lastKey).max();
  }
}
