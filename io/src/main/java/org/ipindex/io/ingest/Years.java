package org.ipindex.io.ingest;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads years from cells ({@code 2024}, {@code 2024年}, {@code ２０２４}, {@code 2024.0}) and headers ({@code 截至 2024 年年底}). */
public final class Years {
  /** The earliest year accepted. */
  public static final int MIN = 1900;
  /** The latest year accepted. */
  public static final int MAX = 2200;
  private static final Pattern CELL = Pattern.compile("(\\d{4})(?:\\.0+)?\\s*年?");
  private static final Pattern IN_TEXT = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)\\s*年?");

  private Years() {}

  /** Returns the year in a cell, or −1 if the cell is not a year between {@link #MIN} and {@link #MAX}. */
  public static int cell(CharSequence text) {
    int n = text.length();
    if (n == 4) {
      int y = 0;
      for (int i = 0; i < 4; i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          y = -1;
          break;
        }
        y = y * 10 + (c - '0');
      }
      if (y >= 0) {
        return y >= MIN && y <= MAX ? y : -1;
      }
    }
    Matcher m = CELL.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).strip());
    if (!m.matches()) {
      return -1;
    }
    int y = Integer.parseInt(m.group(1));
    return y >= MIN && y <= MAX ? y : -1;
  }

  /** Returns the one year written in a header such as {@code 截至 2023 年年底}, or −1 for none or several. */
  public static int find(String text) {
    Matcher m = IN_TEXT.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC));
    int found = -1;
    while (m.find()) {
      int y = Integer.parseInt(m.group(1));
      if (y < MIN || y > MAX || found >= 0 && found != y) {
        return -1;
      }
      found = y;
    }
    return found;
  }
}
