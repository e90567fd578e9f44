package org.ipindex.report.chart;

import java.util.List;
import org.ipindex.report.chart.Canvas.Anchor;
import org.ipindex.report.model.chart.LineChart;
import org.ipindex.report.model.chart.Series;

/**
 * Draws a {@link LineChart}: a line through the values with markers and labels (dashed across years
 * without a value), and the target as a dashed level with its label and a diamond at the target year.
 */
final class LineDrawing {
  static final double WIDTH = 640;
  static final double HEIGHT = 260;
  private static final double LEFT = 52;
  private static final double RIGHT = 16;
  private static final double TOP = 30;
  private static final double BOTTOM = 30;
  private static final String LINE = "#1f5fa8";
  private static final String TARGET = "#c0392b";

  private LineDrawing() {}

  static void draw(LineChart chart, Canvas c) {
    c.rect(0, 0, WIDTH, HEIGHT, "#ffffff", null);
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
    if (lo > hi) {
      c.text(WIDTH / 2, HEIGHT / 2, "—", 14, Anchor.MIDDLE, Canvas.MUTED, false);
      return;
    }
    double bottom = HEIGHT - BOTTOM;
    double step = (WIDTH - LEFT - RIGHT) / Math.max(1, n);
    double pad = (hi - lo) * 0.15;
    Axis axis = Axis.covering(lo - pad, hi + pad, 5);
    for (double t : axis.ticks()) {
      double y = axis.y(t, bottom, TOP);
      c.line(LEFT, y, WIDTH - RIGHT, y, Canvas.GRID, 0.6, false);
      c.text(LEFT - 6, y + 4, axis.label(t), 10, Anchor.END, Canvas.MUTED, false);
    }
    c.line(LEFT, bottom, WIDTH - RIGHT, bottom, Canvas.INK, 0.9, false);
    for (int i = 0; i < n; i++) {
      c.text(LEFT + step * (i + 0.5), bottom + 16, labels.get(i), 11, Anchor.MIDDLE, Canvas.INK, false);
    }
    if (!Double.isNaN(chart.target())) {
      double y = axis.y(chart.target(), bottom, TOP);
      c.line(LEFT, y, WIDTH - RIGHT, y, TARGET, 1.2, true);
      if (chart.targetIndex() >= 0) {
        double x = LEFT + step * (chart.targetIndex() + 0.5);
        c.polygon(List.of(new double[] {x, y - 6, x + 6, y, x, y + 6, x - 6, y}), TARGET, null, 0);
      }
      c.text(WIDTH - RIGHT - 2, y - 8, chart.targetLabel(), 10.5, Anchor.END, TARGET, true);
    }
    for (Series s : chart.series()) {
      int previous = -1;
      for (int i = 0; i < n; i++) {
        if (Double.isNaN(s.value(i))) {
          continue;
        }
        if (previous >= 0) {
          c.line(LEFT + step * (previous + 0.5), axis.y(s.value(previous), bottom, TOP), LEFT + step * (i + 0.5),
              axis.y(s.value(i), bottom, TOP), LINE, 2, i - previous > 1);
        }
        previous = i;
      }
      for (int i = 0; i < n; i++) {
        double v = s.value(i);
        if (!Double.isNaN(v)) {
          double x = LEFT + step * (i + 0.5);
          double y = axis.y(v, bottom, TOP);
          c.circle(x, y, 4, LINE);
          c.text(x, y - 9, Labels.plain(v), 10, Anchor.MIDDLE, Canvas.INK, false);
        }
      }
    }
  }
}
