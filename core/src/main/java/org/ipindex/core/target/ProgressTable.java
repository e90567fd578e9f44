package org.ipindex.core.target;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The progress of one target set at one assessment year: a row per target, in the order given,
 * as in table 1 of the development report's chapter 1.
 *
 * <p>Example: {@code ProgressTableTest#reproduces_the_judgments_of_the_2024_report}.
 *
 * @param set the target set
 * @param year the assessment year: no value of a later year is used
 * @param method the method and its thresholds
 * @param rows one row per target
 */
public record ProgressTable(String set, int year, Progress method, List<ProgressRow> rows) {
  public ProgressTable {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(method, "method");
    rows = List.copyOf(rows);
  }

  /**
   * Assesses every target of {@code set} among {@code targets} with the observations up to
   * {@code year}.
   *
   * @throws IllegalArgumentException if no target belongs to the set
   */
  public static ProgressTable assess(Progress method, String set, int year, List<Target> targets,
      Observations observations) {
    List<ProgressRow> rows = new ArrayList<>();
    for (Target t : targets) {
      if (!t.set().equals(set)) {
        continue;
      }
      NavigableMap<Integer, Double> upTo = new TreeMap<>(observations.series(t.indicatorCode()).headMap(year, true));
      ProgressResult r = method.assess(t, upTo, year);
      rows.add(new ProgressRow(t, upTo, r, ProgressSentences.zh(t, r), ProgressSentences.en(t, r)));
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("no target belongs to set '%s'".formatted(set));
    }
    return new ProgressTable(set, year, method, rows);
  }

  /**
   * Returns the years a table of observed values shows: from the earliest baseline year of the set to
   * the assessment year (earlier observations are not shown).
   */
  public int[] years() {
    int first = year;
    for (ProgressRow r : rows) {
      first = Math.min(first, r.target().baselineYear());
    }
    int[] years = new int[year - first + 1];
    for (int i = 0; i < years.length; i++) {
      years[i] = first + i;
    }
    return years;
  }
}
