package org.ipindex.report.model.chart;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A province map coloured by value in classes, with a legend; regions without a value (Taiwan, Hong
 * Kong and Macao among them) are grey and labelled "no data".
 *
 * @param values value by two-digit GB/T 2260 province code ({@code "44"}); absent or NaN: no data
 * @param breaks the class limits, ascending: n limits make n − 1 classes
 * @param decimals decimals of the legend's numbers
 * @param legendTitle the legend's title
 * @param noData the label of regions without data
 * @param inset the label of the South China Sea inset ("南海诸岛"), or "" for none
 */
public record MapChart(Map<String, Double> values, List<Double> breaks, int decimals, String legendTitle, String noData,
    String inset) implements Chart {
  public MapChart {
    values = Map.copyOf(values);
    breaks = List.copyOf(breaks);
    Objects.requireNonNull(legendTitle, "legendTitle");
    Objects.requireNonNull(noData, "noData");
    inset = inset == null ? "" : inset;
  }
}
