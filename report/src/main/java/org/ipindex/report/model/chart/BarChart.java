package org.ipindex.report.model.chart;

import java.util.List;
import java.util.Objects;

/**
 * Vertical bars: one group per category, one bar per series, the value printed on each bar, and
 * an optional line of text under each category (its change, e.g. "+2.6").
 *
 * @param categories the category labels (long Chinese labels are wrapped)
 * @param series the series, each with one value per category
 * @param decimals decimals of the printed values
 * @param notes a text per category printed under its label, or empty
 * @param noData what a missing bar is labelled ("无数据")
 */
public record BarChart(List<String> categories, List<Series> series, int decimals, List<String> notes, String noData)
    implements Chart {
  public BarChart {
    categories = List.copyOf(categories);
    series = List.copyOf(series);
    notes = List.copyOf(notes);
    Objects.requireNonNull(noData, "noData");
    for (Series s : series) {
      if (s.values().size() != categories.size()) {
        throw new IllegalArgumentException("series %s has %d values for %d categories".formatted(s.name(),
            s.values().size(), categories.size()));
      }
    }
    if (!notes.isEmpty() && notes.size() != categories.size()) {
      throw new IllegalArgumentException("%d notes for %d categories".formatted(notes.size(), categories.size()));
    }
  }
}
