package org.ipindex.report.model.chart;

import java.util.List;

/**
 * A line over the years with markers and values, and optionally a target: a dashed level with its
 * label and a marker at the target year.
 *
 * @param labels the x labels (years), in order
 * @param series the series, one value per label (NaN: no value that year)
 * @param target the target value, or NaN
 * @param targetIndex the position of the target year among the labels, or −1
 * @param targetLabel the target's label ("2025年目标 13%")
 */
public record LineChart(List<String> labels, List<Series> series, double target, int targetIndex, String targetLabel)
    implements Chart {
  public LineChart {
    labels = List.copyOf(labels);
    series = List.copyOf(series);
    targetLabel = targetLabel == null ? "" : targetLabel;
    for (Series s : series) {
      if (s.values().size() != labels.size()) {
        throw new IllegalArgumentException("series %s has %d values for %d labels".formatted(s.name(),
            s.values().size(), labels.size()));
      }
    }
  }
}
