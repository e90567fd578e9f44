package org.ipindex.report.chart;

import java.util.List;
import org.ipindex.report.model.chart.LineChart;
import org.ipindex.report.model.chart.Series;

/**
 * Draws a {@link LineChart}: a line through the values with markers and labels (a dashed line
 * across years without a value), and the target as a dashed level with its label and a diamond at
 * the target year.
 */
final class LineChartSvg {
  static final double WIDTH = 640;
  static final double HEIGHT = 260;
  private static final double LEFT = 52;
  private static final double RIGHT = 16;
  private static final double TOP = 30;
  private static final double BOTTOM = 30;
  private static final String LINE = "#1f5fa8";
  private static final String TARGET = "#c0392b";

  private LineChartSvg() {}

  static String render(LineChart chart) {
    Svg svg = new Svg(WIDTH, HEIGHT);
    List<String> labels = chart.labels();
    int n = labels.size();
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Series s : chart.series()) {
      for (double v : s.values()) {
        if (!Double.isNaN(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    if (!Double.isNaN(chart.target())) {
      lo = Math.min(lo, chart.target());
      hi = Math.max(hi, chart.target());
    }
    double bottom = HEIGHT - BOTTOM;
    double step = (WIDTH - LEFT - RIGHT) / Math.max(1, n);
    if (lo > hi) {
      svg.text(WIDTH / 2, HEIGHT / 2, "—", 14, "middle", Svg.MUTED, false);
      return svg.end();
    }
    double pad = (hi - lo) * 0.15;
    Axis axis = Axis.covering(lo - pad, hi + pad, 5);
    for (double t : axis.ticks()) {
      double y = axis.y(t, bottom, TOP);
      svg.line(LEFT, y, WIDTH - RIGHT, y, Svg.GRID, 0.6, false);
      svg.text(LEFT - 6, y + 4, axis.label(t), 10, "end", Svg.MUTED, false);
    }
    svg.line(LEFT, bottom, WIDTH - RIGHT, bottom, Svg.INK, 0.9, false);
    for (int i = 0; i < n; i++) {
      svg.text(LEFT + step * (i + 0.5), bottom + 16, labels.get(i), 11, "middle", Svg.INK, false);
    }
    if (!Double.isNaN(chart.target())) {
      double y = axis.y(chart.target(), bottom, TOP);
      svg.line(LEFT, y, WIDTH - RIGHT, y, TARGET, 1.2, true);
      if (chart.targetIndex() >= 0) {
        double x = LEFT + step * (chart.targetIndex() + 0.5);
        svg.path("M" + Svg.n(x) + " " + Svg.n(y - 6) + " L" + Svg.n(x + 6) + " " + Svg.n(y) + " L" + Svg.n(x) + " "
            + Svg.n(y + 6) + " L" + Svg.n(x - 6) + " " + Svg.n(y) + " Z", TARGET, null, 0, false);
      }
      svg.text(WIDTH - RIGHT - 2, y - 8, chart.targetLabel(), 10.5, "end", TARGET, true);
    }
    for (Series s : chart.series()) {
      int previous = -1;
      for (int i = 0; i < n; i++) {
        double v = s.value(i);
        if (Double.isNaN(v)) {
          continue;
        }
        double x = LEFT + step * (i + 0.5);
        double y = axis.y(v, bottom, TOP);
        if (previous >= 0) {
          double px = LEFT + step * (previous + 0.5);
          double py = axis.y(s.value(previous), bottom, TOP);
          svg.line(px, py, x, y, LINE, 2, i - previous > 1);
        }
        previous = i;
      }
      for (int i = 0; i < n; i++) {
        double v = s.value(i);
        if (!Double.isNaN(v)) {
          double x = LEFT + step * (i + 0.5);
          double y = axis.y(v, bottom, TOP);
          svg.circle(x, y, 4, LINE);
          svg.text(x, y - 9, Labels.plain(v), 10, "middle", Svg.INK, false);
        }
      }
    }
    return svg.end();
  }
}
