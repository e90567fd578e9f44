package org.ipindex.report.model;

import java.util.Objects;
import org.ipindex.report.model.chart.Chart;

/**
 * A chart with its caption and the table of the numbers it draws (the spreadsheet gets the table).
 *
 * @param id a short stable id, e.g. {@code F3-2}
 * @param caption the caption, e.g. "图3-2 四大区域平均得分及增幅"
 * @param chart what to draw
 * @param data the numbers behind the chart
 */
public record Figure(String id, String caption, Chart chart, Table data) implements Block {
  public Figure {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(caption, "caption");
    Objects.requireNonNull(chart, "chart");
    Objects.requireNonNull(data, "data");
  }
}
