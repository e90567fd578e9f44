package org.ipindex.report.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Text helpers of the charts: widths estimated from the characters, wrapping, number labels. */
final class Labels {
  private Labels() {}

  /** Returns the estimated width of a text at a font size: CJK characters one em, others about half. */
  static double width(String s, double size) {
    double w = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      w += c >= 0x2E80 ? size : c == ' ' ? size * 0.3 : size * 0.56;
    }
    return w;
  }

  /** Wraps a label into lines no wider than {@code max} px (CJK anywhere, other text at spaces), at most {@code lines}. */
  static List<String> wrap(String s, double max, double size, int lines) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String token : tokens(s)) {
      if (line.length() > 0 && width(line + token, size) > max) {
        out.add(line.toString().strip());
        line.setLength(0);
      }
      line.append(token);
    }
    if (line.length() > 0) {
      out.add(line.toString().strip());
    }
    if (out.size() > lines) {
      List<String> cut = new ArrayList<>(out.subList(0, lines));
      cut.set(lines - 1, cut.get(lines - 1) + "…");
      return cut;
    }
    return out;
  }

  private static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x2E80) {
        if (word.length() > 0) {
          out.add(word.toString());
          word.setLength(0);
        }
        out.add(String.valueOf(c));
      } else {
        word.append(c);
        if (c == ' ' || c == '-') {
          out.add(word.toString());
          word.setLength(0);
        }
      }
    }
    if (word.length() > 0) {
      out.add(word.toString());
    }
    return out;
  }

  /** Returns a value with the given decimals (half-up), "" for NaN. */
  static String value(double v, int decimals) {
    if (Double.isNaN(v)) {
      return "";
    }
    String s = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    return s.startsWith("-") && s.chars().allMatch(c -> c == '-' || c == '0' || c == '.') ? s.substring(1) : s;
  }

  /** Returns a value with at most two decimals, trailing zeros dropped (as the report prints indicator values). */
  static String plain(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    String s = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    return s.equals("-0") ? "0" : s;
  }
}
