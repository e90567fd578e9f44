package org.ipindex.report.chart;

import java.util.List;
import org.ipindex.report.chart.Canvas.Anchor;
import org.ipindex.report.model.chart.BarChart;
import org.ipindex.report.model.chart.Series;

/**
 * Draws a {@link BarChart}: bars from zero, one group per category, the value on each bar, the
 * category labels wrapped under the axis, each category's note (its change, green up, red down) under
 * its label, and a legend when there are several series. A missing value has no bar and says "no data".
 */
final class BarDrawing {
  static final double WIDTH = 640;
  static final double HEIGHT = 300;
  private static final String[] COLOURS = {"#9db9dc", "#1f5fa8", "#e08a2c"};
  private static final double LEFT = 46;
  private static final double RIGHT = 10;
  private static final double TOP = 30;
  private static final double LABEL = 11;

  private BarDrawing() {}

  static void draw(BarChart chart, Canvas c) {
    List<String> categories = chart.categories();
    int n = categories.size();
    double groupWidth = (WIDTH - LEFT - RIGHT) / Math.max(1, n);
    int lines = 0;
    for (String s : categories) {
      lines = Math.max(lines, Labels.wrap(s, groupWidth - 4, LABEL, 3).size());
    }
    boolean notes = chart.notes().stream().anyMatch(s -> !s.isEmpty());
    double bottom = HEIGHT - 8 - lines * (LABEL + 2) - (notes ? 16 : 0) - 6;
    c.rect(0, 0, WIDTH, HEIGHT, "#ffffff", null);
    double lo = 0;
    double hi = 0;
    for (Series s : chart.series()) {
      for (double v : s.values()) {
        if (!Double.isNaN(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    Axis axis = Axis.covering(lo, hi * 1.08, 5);
    for (double t : axis.ticks()) {
      double y = axis.y(t, bottom, TOP);
      c.line(LEFT, y, WIDTH - RIGHT, y, Canvas.GRID, 0.6, false);
      c.text(LEFT - 6, y + 4, axis.label(t), 10, Anchor.END, Canvas.MUTED, false);
    }
    double zero = axis.y(0, bottom, TOP);
    int k = chart.series().size();
    double barWidth = Math.min(46, groupWidth * 0.72 / Math.max(1, k));
    double valueSize = barWidth < 24 ? 8.5 : 10;
    for (int i = 0; i < n; i++) {
      double centre = LEFT + groupWidth * (i + 0.5);
      double start = centre - barWidth * k / 2;
      for (int j = 0; j < k; j++) {
        double v = chart.series().get(j).value(i);
        double x = start + j * barWidth;
        if (Double.isNaN(v)) {
          c.text(x + barWidth / 2, zero - 4, chart.noData(), 8.5, Anchor.MIDDLE, Canvas.MUTED, false);
          continue;
        }
        double y = axis.y(v, bottom, TOP);
        c.rect(x + 1, Math.min(y, zero), barWidth - 2, Math.abs(zero - y), k == 1 ? COLOURS[1] : COLOURS[j % 3], null);
        c.text(x + barWidth / 2, Math.min(y, zero) - 3, Labels.value(v, chart.decimals()), valueSize, Anchor.MIDDLE,
            Canvas.INK, false);
      }
      List<String> wrapped = Labels.wrap(categories.get(i), groupWidth - 4, LABEL, 3);
      for (int l = 0; l < wrapped.size(); l++) {
        c.text(centre, bottom + 14 + l * (LABEL + 2), wrapped.get(l), LABEL, Anchor.MIDDLE, Canvas.INK, false);
      }
      if (notes && !chart.notes().get(i).isEmpty()) {
        String note = chart.notes().get(i);
        c.text(centre, bottom + 18 + lines * (LABEL + 2), note, 10.5, Anchor.MIDDLE,
            note.startsWith("-") ? "#b03a2e" : "#1e7b45", true);
      }
    }
    c.line(LEFT, zero, WIDTH - RIGHT, zero, Canvas.INK, 0.9, false);
    if (k > 1) {
      double x = WIDTH - RIGHT;
      for (int j = k - 1; j >= 0; j--) {
        String name = chart.series().get(j).name();
        x -= Labels.width(name, 10.5);
        c.text(x, 16, name, 10.5, Anchor.START, Canvas.INK, false);
        x -= 16;
        c.rect(x, 7, 11, 11, COLOURS[j % 3], null);
        x -= 14;
      }
    }
  }
}
