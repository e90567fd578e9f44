package org.ipindex.report.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A value axis with "nice" ticks (1, 2, 2.5 or 5 × 10ⁿ apart) covering a range.
 *
 * @param min the axis minimum
 * @param max the axis maximum
 * @param ticks the tick values, ascending
 */
record Axis(double min, double max, List<Double> ticks) {
  /** Returns an axis covering [lo, hi] with about {@code count} ticks. */
  static Axis covering(double lo, double hi, int count) {
    if (!(hi > lo)) {
      double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
      lo -= pad;
      hi += pad;
    }
    double raw = (hi - lo) / count;
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = magnitude;
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * magnitude >= raw) {
        step = m * magnitude;
        break;
      }
    }
    double min = Math.floor(lo / step) * step;
    double max = Math.ceil(hi / step) * step;
    List<Double> ticks = new ArrayList<>();
    for (double t = min; t <= max + step / 2; t += step) {
      ticks.add(Math.abs(t) < step / 1e6 ? 0 : t);
    }
    return new Axis(min, max, ticks);
  }

  /** Returns the position of v on a pixel span from {@code bottom} (min) to {@code top} (max). */
  double y(double v, double bottom, double top) {
    return bottom - (v - min) / (max - min) * (bottom - top);
  }

  /** Returns a tick label: no decimals when the ticks are whole numbers. */
  String label(double t) {
    double step = ticks.size() > 1 ? ticks.get(1) - ticks.get(0) : 1;
    if (step >= 1 && Math.abs(t - Math.rint(t)) < 1e-9) {
      return Long.toString(Math.round(t));
    }
    return SvgCanvas.n(t).contains(".") ? stripped(t) : SvgCanvas.n(t);
  }

  private static String stripped(double t) {
    return java.math.BigDecimal.valueOf(t).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
        .toPlainString();
  }
}
