package org.ipindex.report.chart;

import java.util.List;
import org.ipindex.report.model.chart.MapChart;

/**
 * Draws a {@link MapChart}: each province filled by the class of its value (a sequential blue scale),
 * regions without a value grey (Taiwan, Hong Kong and Macao always), short names at the provinces'
 * centres, a legend of the classes, and the South China Sea inset in a box at the lower right.
 * Longitude is scaled by cos 36° (a plate carrée that keeps China's shape); points closer than
 * 0.6 px to the previous one are dropped.
 */
final class MapSvg {
  static final double WIDTH = 640;
  private static final String[] BLUES = {"#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c"};
  private static final String NO_DATA = "#d4d4d4";
  private static final double COS = Math.cos(Math.toRadians(36));
  private static final double LON_MIN = 73.4;
  private static final double LON_MAX = 135.2;
  private static final double LAT_MIN = 17.9;
  private static final double LAT_MAX = 53.7;
  private static final double MARGIN = 10;
  // The inset: the South China Sea, lon 105–124 °E, lat 3–24 °N.
  private static final double[] INSET = {105, 124, 3, 24};

  private MapSvg() {}

  /** A projection: longitude and latitude to pixels. */
  private record Projection(double lonMin, double latMax, double k, double dx, double dy) {
    double x(double lon) {
      return dx + (lon - lonMin) * k * COS;
    }

    double y(double lat) {
      return dy + (latMax - lat) * k;
    }
  }

  static String render(MapChart chart) {
    double k = (WIDTH - 2 * MARGIN) / ((LON_MAX - LON_MIN) * COS);
    double height = 2 * MARGIN + (LAT_MAX - LAT_MIN) * k;
    Projection main = new Projection(LON_MIN, LAT_MAX, k, MARGIN, MARGIN);
    Svg svg = new Svg(WIDTH, height);
    List<ProvinceShapes.Shape> shapes = ProvinceShapes.all();
    for (ProvinceShapes.Shape s : shapes) {
      svg.path(path(s, main), fill(chart, s.code()), "#ffffff", 0.7, false);
    }
    for (ProvinceShapes.Shape s : shapes) {
      label(svg, s, main, fill(chart, s.code()));
    }
    inset(svg, chart, shapes, height);
    legend(svg, chart, height);
    return svg.end();
  }

  private static String fill(MapChart chart, String code) {
    Double v = chart.values().get(code);
    return v == null ? NO_DATA : classColour(chart.breaks(), v);
  }

  private static String classColour(List<Double> breaks, double v) {
    if (Double.isNaN(v) || breaks.size() < 2) {
      return NO_DATA;
    }
    int classes = breaks.size() - 1;
    for (int c = 0; c < classes; c++) {
      if (v <= breaks.get(c + 1) || c == classes - 1) {
        return BLUES[classes == 1 ? BLUES.length - 1 : Math.round((float) c * (BLUES.length - 1) / (classes - 1))];
      }
    }
    return NO_DATA;
  }

  private static String path(ProvinceShapes.Shape s, Projection p) {
    StringBuilder d = new StringBuilder();
    for (double[] ring : s.rings()) {
      double lastX = Double.NaN;
      double lastY = Double.NaN;
      int kept = 0;
      int start = d.length();
      for (int i = 0; i + 1 < ring.length; i += 2) {
        double x = p.x(ring[i]);
        double y = p.y(ring[i + 1]);
        boolean last = i + 3 >= ring.length;
        if (kept > 0 && !last && Math.abs(x - lastX) < 0.6 && Math.abs(y - lastY) < 0.6) {
          continue;
        }
        d.append(kept == 0 ? 'M' : 'L').append(Svg.n(x)).append(' ').append(Svg.n(y));
        lastX = x;
        lastY = y;
        kept++;
      }
      if (kept < 3) {
        d.setLength(start);
      } else {
        d.append('Z');
      }
    }
    return d.toString();
  }

  private static void label(Svg svg, ProvinceShapes.Shape s, Projection p, String fill) {
    if (s.centre() == null || s.code().equals("81") || s.code().equals("82")) {
      return;
    }
    double x = p.x(s.centre()[0]);
    double y = p.y(s.centre()[1]) + 3;
    switch (s.code()) {
      case "11" -> y -= 4;
      case "12" -> {
        x += 9;
        y += 3;
      }
      case "13" -> {
        x -= 8;
        y += 8;
      }
      case "31" -> x += 12;
      case "44" -> y += 5;
      default -> { }
    }
    boolean dark = fill.equals(BLUES[BLUES.length - 1]) || fill.equals(BLUES[BLUES.length - 2]);
    svg.text(x, y, s.name(), 8, "middle", dark ? "#ffffff" : "#1a1a1a", false);
  }

  private static void inset(Svg svg, MapChart chart, List<ProvinceShapes.Shape> shapes, double height) {
    if (chart.inset().isEmpty()) {
      return;
    }
    double boxW = 92;
    double k = boxW / ((INSET[1] - INSET[0]) * COS);
    double boxH = (INSET[3] - INSET[2]) * k;
    double left = WIDTH - MARGIN - boxW;
    double top = height - MARGIN - boxH;
    Projection p = new Projection(INSET[0], INSET[3], k, left, top);
    svg.raw("<clipPath id=\"inset\"><rect x=\"" + Svg.n(left) + "\" y=\"" + Svg.n(top) + "\" width=\"" + Svg.n(boxW)
        + "\" height=\"" + Svg.n(boxH) + "\"/></clipPath>");
    svg.rect(left, top, boxW, boxH, "#ffffff", null);
    svg.raw("<g clip-path=\"url(#inset)\">");
    for (ProvinceShapes.Shape s : shapes) {
      if (touches(s, INSET)) {
        svg.path(path(s, p), fill(chart, s.code()), "#ffffff", 0.4, false);
      }
    }
    svg.raw("</g>");
    svg.rect(left, top, boxW, boxH, "none", "#555555");
    svg.text(left + boxW / 2, top + boxH - 6, chart.inset(), 8, "middle", Svg.MUTED, false);
  }

  private static boolean touches(ProvinceShapes.Shape s, double[] box) {
    for (double[] ring : s.rings()) {
      for (int i = 0; i + 1 < ring.length; i += 2) {
        if (ring[i] >= box[0] && ring[i] <= box[1] && ring[i + 1] >= box[2] && ring[i + 1] <= box[3]) {
          return true;
        }
      }
    }
    return false;
  }

  private static void legend(Svg svg, MapChart chart, double height) {
    List<Double> breaks = chart.breaks();
    int classes = Math.max(0, breaks.size() - 1);
    double x = MARGIN + 4;
    double y = height - MARGIN - (classes + 2) * 15 - 4;
    svg.text(x, y, chart.legendTitle(), 9.5, "start", Svg.INK, true);
    for (int c = classes - 1; c >= 0; c--) {
      y += 15;
      double mid = (breaks.get(c) + breaks.get(c + 1)) / 2;
      svg.rect(x, y - 9, 16, 10, classColour(breaks, mid), "#999999");
      svg.text(x + 22, y, Labels.value(breaks.get(c), chart.decimals()) + " – " + Labels.value(breaks.get(c + 1),
          chart.decimals()), 9, "start", Svg.INK, false);
    }
    y += 15;
    svg.rect(x, y - 9, 16, 10, NO_DATA, "#999999");
    svg.text(x + 22, y, chart.noData(), 9, "start", Svg.INK, false);
  }
}
