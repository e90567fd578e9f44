package org.ipindex.cli;

import java.util.Locale;

/** Number and column formatting shared by the terminal views (CJK characters count two columns). */
final class ExtraText {
  private ExtraText() {}

  static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - width(s)));
  }

  /** Returns {@code s} padded on the left to {@code width} columns (numbers in tables). */
  static String padLeft(String s, int width) {
    return " ".repeat(Math.max(0, width - width(s))) + s;
  }

  /** Returns the terminal columns {@code s} takes: Han characters and full-width forms count two. */
  static int width(String s) {
    return s.codePoints().map(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
        || (cp >= 0xFF00 && cp <= 0xFFEF) ? 2 : 1).sum();
  }

  static String num(double x) {
    return Double.isNaN(x) ? "NA" : String.format(Locale.ROOT, "%.2f", x);
  }

  static String signed(double x) {
    return Double.isNaN(x) ? "NA" : String.format(Locale.ROOT, "%+.2f", x);
  }
}
