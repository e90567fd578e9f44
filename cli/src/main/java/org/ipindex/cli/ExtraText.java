package org.ipindex.cli;

import java.util.Locale;

/** Number and column formatting shared by the terminal views (CJK characters count two columns). */
final class ExtraText {
  private ExtraText() {}

  static String pad(String s, int width) {
    int w = s.codePoints().map(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
        || (cp >= 0xFF00 && cp <= 0xFFEF) ? 2 : 1).sum();
    return s + " ".repeat(Math.max(0, width - w));
  }

  static String num(double x) {
    return Double.isNaN(x) ? "NA" : String.format(Locale.ROOT, "%.2f", x);
  }

  static String signed(double x) {
    return Double.isNaN(x) ? "NA" : String.format(Locale.ROOT, "%+.2f", x);
  }
}
