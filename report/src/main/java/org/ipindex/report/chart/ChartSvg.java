package org.ipindex.report.chart;

import org.ipindex.report.model.chart.BarChart;
import org.ipindex.report.model.chart.Chart;
import org.ipindex.report.model.chart.LineChart;
import org.ipindex.report.model.chart.MapChart;

/** Turns a chart into vector SVG (for HTML and PDF; PNG for Word is rendered from the same SVG). */
public final class ChartSvg {
  private ChartSvg() {}

  /** Returns the chart as a standalone SVG document (UTF-8 text, no XML declaration). */
  public static String render(Chart chart) {
    if (chart instanceof BarChart b) {
      return BarChartSvg.render(b);
    }
    if (chart instanceof LineChart l) {
      return LineChartSvg.render(l);
    }
    return MapSvg.render((MapChart) chart);
  }
}
