package org.ipindex.report.model.chart;

import java.util.List;
import java.util.Objects;

/**
 * One series of a chart: a name for the legend and one value per category (NaN: no data).
 *
 * @param name the legend's label
 * @param values the values, one per category or x position
 */
public record Series(String name, List<Double> values) {
  public Series {
    Objects.requireNonNull(name, "name");
    values = List.copyOf(values);
  }

  /** Returns the value at a position. */
  public double value(int i) {
    return values.get(i);
  }
}
