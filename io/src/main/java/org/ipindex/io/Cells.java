package org.ipindex.io;

import java.util.Locale;
import java.util.regex.Pattern;
import org.ipindex.core.model.ProblemCode;

/** Reads the text of CSV cells: missing-value markers, plain numbers and whole numbers. */
final class Cells {
  private static final Pattern PLAIN_NUMBER =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,9}");

  private Cells() {}

  /** Returns whether a cell means "no value": blank, {@code NA}, {@code —} or {@code -}. */
  static boolean isMissing(String cell) {
    String s = cell.strip();
    return s.isEmpty() || s.equals("NA") || s.equals("—") || s.equals("-");
  }

  /**
   * Returns the number in a cell, NaN for a missing-value marker; for anything else records a
   * BAD_NUMBER problem and returns NaN.
   */
  static double number(String cell, Problems problems, int row, String column, String blankMeans) {
    if (isMissing(cell)) {
      return Double.NaN;
    }
    String s = cell.strip();
    if (PLAIN_NUMBER.matcher(s).matches()) {
      double v = Double.parseDouble(s);
      if (Double.isFinite(v)) {
        return v;
      }
    }
    problems.add(ProblemCode.BAD_NUMBER, problems.at(row, column),
        "'%s' is not a number; %s, or leave the cell empty %s".formatted(cell, hint(s), blankMeans));
    return Double.NaN;
  }

  /** Returns the whole number in a cell, or null (recording a BAD_NUMBER problem) if it is not one. */
  static Integer whole(String cell, Problems problems, int row, String column, String example) {
    String s = cell.strip();
    if (WHOLE_NUMBER.matcher(s).matches()) {
      return Integer.parseInt(s);
    }
    problems.add(ProblemCode.BAD_NUMBER, problems.at(row, column),
        "'%s' is not a whole number; write it like %s".formatted(cell, example));
    return null;
  }

  /** Returns a fix for text that is not a plain number, naming the likely cause. */
  static String hint(String s) {
    if (s.matches("[+-]?[\\d.]+(,\\d{3})+(\\.\\d*)?")) {
      return "remove the thousands separators (write 1234.5, not 1,234.5)";
    }
    if (s.endsWith("%")) {
      return "write the number without the per cent sign (12.5, not 12.5%)";
    }
    if (s.indexOf('−') >= 0 || s.indexOf('–') >= 0) {
      return "write the minus sign as an ASCII hyphen-minus '-'";
    }
    if (s.codePoints().anyMatch(c -> c >= 0xFF10 && c <= 0xFF19 || c == 0xFF0E)) {
      return "use ASCII digits and '.' instead of full-width ones";
    }
    if (s.toLowerCase(Locale.ROOT).matches("nan|n/a|null|none|inf(inity)?|[+-]inf(inity)?")) {
      return "write NA for a missing value";
    }
    return "write a plain number such as 12.5 or -0.25 with '.' as decimal point";
  }
}
