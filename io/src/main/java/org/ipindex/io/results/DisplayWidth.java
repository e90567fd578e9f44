package org.ipindex.io.results;

/**
 * Counts the terminal columns a text takes: East Asian wide and full-width characters (CJK
 * ideographs, kana, Hangul, full-width forms) take two, combining marks none, others one.
 */
final class DisplayWidth {
  private static final int[][] WIDE = {
      {0x1100, 0x115F}, {0x2E80, 0x303E}, {0x3041, 0x33FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF},
      {0xA000, 0xA4CF}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE30, 0xFE4F}, {0xFF00, 0xFF60},
      {0xFFE0, 0xFFE6}, {0x1F300, 0x1F64F}, {0x1F900, 0x1F9FF}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD}};

  private DisplayWidth() {}

  /** Returns the number of terminal columns {@code text} takes. */
  static int of(String text) {
    return text.codePoints().map(DisplayWidth::of).sum();
  }

  /** Returns 0, 1 or 2 columns for one code point. */
  static int of(int codePoint) {
    int type = Character.getType(codePoint);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
      return 0;
    }
    for (int[] range : WIDE) {
      if (codePoint >= range[0] && codePoint <= range[1]) {
        return 2;
      }
    }
    return 1;
  }

  /** Returns text padded with spaces to {@code width} columns, on the right or on the left. */
  static String pad(String text, int width, boolean alignRight) {
    String spaces = " ".repeat(Math.max(0, width - of(text)));
    return alignRight ? spaces + text : text + spaces;
  }
}
