package org.ipindex.report.chart;

import java.util.List;
import org.ipindex.report.model.chart.BarChart;
import org.ipindex.report.model.chart.Series;

/**
 * Draws a {@link BarChart}: bars from zero, one group per category, the value on each bar, the
 * category labels wrapped under the axis, each category's note (its change) under its label, and a
 * legend when there are several series. A missing value has no bar and is labelled "no data".
 */
final class BarChartSvg {
  static final double WIDTH = 640;
  static final double HEIGHT = 300;
  private static final String[] COLOURS = {"#9db9dc", "#1f5fa8", "#e08a2c"};
  private static final double LEFT = 46;
  private static final double RIGHT = 10;
  private static final double TOP = 30;

  private BarChartSvg() {}

  static String render(BarChart chart) {
    List<String> categories = chart.categories();
    int n = categories.size();
    double labelSize = 11;
    double groupWidth = (WIDTH - LEFT - RIGHT) / Math.max(1, n);
    int lines = 0;
    for (String c : categories) {
      lines = Math.max(lines, Labels.wrap(c, groupWidth - 4, labelSize, 3).size());
    }
    boolean notes = chart.notes().stream().anyMatch(s -> !s.isEmpty());
    double bottom = HEIGHT - 8 - lines * (labelSize + 2) - (notes ? 16 : 0) - 6;
    Svg svg = new Svg(WIDTH, HEIGHT);
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
      svg.line(LEFT, y, WIDTH - RIGHT, y, Svg.GRID, 0.6, false);
      svg.text(LEFT - 6, y + 4, axis.label(t), 10, "end", Svg.MUTED, false);
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
        String colour = k == 1 ? COLOURS[1] : COLOURS[j % COLOURS.length];
        if (Double.isNaN(v)) {
          svg.text(x + barWidth / 2, zero - 4, chart.noData(), 8.5, "middle", Svg.MUTED, false);
          continue;
        }
        double y = axis.y(v, bottom, TOP);
        svg.rect(x + 1, Math.min(y, zero), barWidth - 2, Math.abs(zero - y), colour, null);
        svg.text(x + barWidth / 2, Math.min(y, zero) - 3, Labels.value(v, chart.decimals()), valueSize, "middle",
            Svg.INK, false);
      }
      List<String> wrapped = Labels.wrap(categories.get(i), groupWidth - 4, labelSize, 3);
      for (int l = 0; l < wrapped.size(); l++) {
        svg.text(centre, bottom + 14 + l * (labelSize + 2), wrapped.get(l), labelSize, "middle", Svg.INK, false);
      }
      if (notes && !chart.notes().get(i).isEmpty()) {
        String note = chart.notes().get(i);
        String colour = note.startsWith("-") ? "#b03a2e" : "#1e7b45";
        svg.text(centre, bottom + 14 + lines * (labelSize + 2) + 4, note, 10.5, "middle", colour, true);
      }
    }
    svg.line(LEFT, zero, WIDTH - RIGHT, zero, Svg.INK, 0.9, false);
    if (k > 1) {
      legend(svg, chart.series());
    }
    return svg.end();
  }

  private static void legend(Svg svg, List<Series> series) {
    double x = WIDTH - RIGHT;
    for (int j = series.size() - 1; j >= 0; j--) {
      String name = series.get(j).name();
      double w = Labels.width(name, 10.5);
      x -= w;
      svg.text(x, 16, name, 10.5, "start", Svg.INK, false);
      x -= 16;
      svg.rect(x, 7, 11, 11, COLOURS[j % COLOURS.length], null);
      x -= 14;
    }
  }
}
