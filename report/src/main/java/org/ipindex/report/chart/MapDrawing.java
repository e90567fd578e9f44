package org.ipindex.report.chart;

import java.util.ArrayList;
import java.util.List;
import org.ipindex.report.chart.Canvas.Anchor;
import org.ipindex.report.model.chart.MapChart;

/**
 * Draws a {@link MapChart}: each province filled by the class of its value (a sequential blue scale),
 * regions without a value grey (Taiwan, Hong Kong and Macao always), short names at the provinces'
 * centres (white on the two darkest classes), a legend of the classes, and the South China Sea in an
 * inset box at the lower right. Longitude is scaled by cos 36° (a plate carrée that keeps China's
 * shape); points closer than {@link #MIN_STEP} px to the previous one are dropped (a quarter of a
 * millimetre in print).
 */
final class MapDrawing {
  static final double WIDTH = 640;
  private static final String[] BLUES = {"#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c"};
  private static final String NO_DATA = "#d4d4d4";
  private static final double COS = Math.cos(Math.toRadians(36));
  private static final double LON_MIN = 73.4;
  private static final double LON_MAX = 135.2;
  private static final double LAT_MIN = 17.9;
  private static final double LAT_MAX = 53.7;
  private static final double MARGIN = 10;
  private static final double MIN_STEP = 1.0;
  /** The inset: the South China Sea, longitude 105–124 °E, latitude 3–24 °N. */
  private static final double[] INSET = {105, 124, 3, 24};
  private static final double INSET_WIDTH = 92;

  private MapDrawing() {}

  /** A projection: longitude and latitude to pixels. */
  private record Projection(double lonMin, double latMax, double k, double dx, double dy) {
    double x(double lon) {
      return dx + (lon - lonMin) * k * COS;
    }

    double y(double lat) {
      return dy + (latMax - lat) * k;
    }
  }

  static double height() {
    double k = (WIDTH - 2 * MARGIN) / ((LON_MAX - LON_MIN) * COS);
    return 2 * MARGIN + (LAT_MAX - LAT_MIN) * k;
  }

  static void draw(MapChart chart, Canvas c) {
    double k = (WIDTH - 2 * MARGIN) / ((LON_MAX - LON_MIN) * COS);
    double height = height();
    Projection main = new Projection(LON_MIN, LAT_MAX, k, MARGIN, MARGIN);
    c.rect(0, 0, WIDTH, height, "#ffffff", null);
    List<ProvinceShapes.Shape> shapes = ProvinceShapes.all();
    for (ProvinceShapes.Shape s : shapes) {
      c.polygon(project(s, main), fill(chart, s.code()), "#ffffff", 0.7);
    }
    for (ProvinceShapes.Shape s : shapes) {
      label(c, s, main, fill(chart, s.code()));
    }
    inset(c, chart, shapes, height);
    legend(c, chart, height);
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

  /** Returns a region's rings in pixels, thinned. */
  private static List<double[]> project(ProvinceShapes.Shape s, Projection p) {
    List<double[]> out = new ArrayList<>();
    for (double[] ring : s.rings()) {
      double[] xy = new double[ring.length];
      int kept = 0;
      for (int i = 0; i + 1 < ring.length; i += 2) {
        double x = p.x(ring[i]);
        double y = p.y(ring[i + 1]);
        boolean last = i + 3 >= ring.length;
        if (kept > 0 && !last && Math.abs(x - xy[kept - 2]) < MIN_STEP && Math.abs(y - xy[kept - 1]) < MIN_STEP) {
          continue;
        }
        xy[kept++] = x;
        xy[kept++] = y;
      }
      if (kept >= 6) {
        out.add(java.util.Arrays.copyOf(xy, kept));
      }
    }
    return out;
  }

  private static void label(Canvas c, ProvinceShapes.Shape s, Projection p, String fill) {
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
    c.text(x, y, s.name(), 8, Anchor.MIDDLE, dark ? "#ffffff" : "#1a1a1a", false);
  }

  private static void inset(Canvas c, MapChart chart, List<ProvinceShapes.Shape> shapes, double height) {
    if (chart.inset().isEmpty()) {
      return;
    }
    double k = INSET_WIDTH / ((INSET[1] - INSET[0]) * COS);
    double boxH = (INSET[3] - INSET[2]) * k;
    double left = WIDTH - MARGIN - INSET_WIDTH;
    double top = height - MARGIN - boxH;
    Projection p = new Projection(INSET[0], INSET[3], k, left, top);
    c.rect(left, top, INSET_WIDTH, boxH, "#ffffff", null);
    c.clip(left, top, INSET_WIDTH, boxH);
    for (ProvinceShapes.Shape s : shapes) {
      if (touches(s)) {
        c.polygon(project(s, p), fill(chart, s.code()), "#ffffff", 0.4);
      }
    }
    c.unclip();
    c.rect(left, top, INSET_WIDTH, boxH, "none", "#555555");
    c.text(left + INSET_WIDTH / 2, top + boxH - 6, chart.inset(), 8, Anchor.MIDDLE, Canvas.MUTED, false);
  }

  private static boolean touches(ProvinceShapes.Shape s) {
    for (double[] ring : s.rings()) {
      for (int i = 0; i + 1 < ring.length; i += 2) {
        if (ring[i] >= INSET[0] && ring[i] <= INSET[1] && ring[i + 1] >= INSET[2] && ring[i + 1] <= INSET[3]) {
          return true;
        }
      }
    }
    return false;
  }

  private static void legend(Canvas c, MapChart chart, double height) {
    List<Double> breaks = chart.breaks();
    int classes = Math.max(0, breaks.size() - 1);
    double x = MARGIN + 4;
    double y = height - MARGIN - (classes + 2) * 15 - 4;
    c.text(x, y, chart.legendTitle(), 9.5, Anchor.START, Canvas.INK, true);
    for (int k = classes - 1; k >= 0; k--) {
      y += 15;
      c.rect(x, y - 9, 16, 10, classColour(breaks, (breaks.get(k) + breaks.get(k + 1)) / 2), "#999999");
      c.text(x + 22, y, Labels.value(breaks.get(k), chart.decimals()) + " – " + Labels.value(breaks.get(k + 1),
          chart.decimals()), 9, Anchor.START, Canvas.INK, false);
    }
    y += 15;
    c.rect(x, y - 9, 16, 10, NO_DATA, "#999999");
    c.text(x + 22, y, chart.noData(), 9, Anchor.START, Canvas.INK, false);
  }
}
