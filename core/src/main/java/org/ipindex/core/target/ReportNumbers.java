package org.ipindex.core.target;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats numbers the way the development report prints them, the same in Chinese and English text:
 * no thousands separators, '.' as decimal point, half-up rounding of the decimal value, trailing
 * zeros dropped; counts of years in words (提前两年, two years early). A missing number (NaN) is
 * {@code —}. Independent of the default locale.
 */
public final class ReportNumbers {
  /** What a missing number prints as. */
  public static final String MISSING = "—";
  private static final String[] ZH = {"零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十"};
  private static final String[] EN = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
      "ten"};

  private ReportNumbers() {}

  /**
   * Returns a value with at most two decimals: 3765.2 → "3765.2", 13.0 → "13", 13.9238 → "13.92";
   * values below 0.01 in magnitude keep three significant digits (0.00123 → "0.00123").
   */
  public static String value(double x) {
    if (Double.isNaN(x)) {
      return MISSING;
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "∞" : "-∞";
    }
    BigDecimal b = BigDecimal.valueOf(x);
    b = Math.abs(x) >= 0.01 || x == 0
        ? b.setScale(2, RoundingMode.HALF_UP) : b.round(new MathContext(3, RoundingMode.HALF_UP));
    return plain(b);
  }

  /**
   * Returns a rate as a percentage: 0.0563 → "5.6%" (one decimal from 1 %), 0.00135 → "0.14%" (two
   * decimals below 1 %), −0.2 → "-20.0%".
   */
  public static String percent(double rate) {
    if (Double.isNaN(rate)) {
      return MISSING;
    }
    double pct = rate * 100;
    int decimals = Math.abs(pct) >= 1 ? 1 : 2;
    return BigDecimal.valueOf(pct).setScale(decimals, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  /** Returns a share as a whole percentage: 0.714 → "71%". */
  public static String share(double share) {
    if (Double.isNaN(share)) {
      return MISSING;
    }
    return BigDecimal.valueOf(share * 100).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  /** Returns a ratio with two decimals: 1.8312 → "1.83". */
  public static String ratio(double r) {
    if (Double.isNaN(r)) {
      return MISSING;
    }
    return BigDecimal.valueOf(r).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /** Returns a count of years in Chinese as it precedes 年: 1 → 一, 2 → 两, 10 → 十, 11 → 11. */
  public static String countZh(int n) {
    return n >= 0 && n <= 10 ? ZH[n] : Integer.toString(n);
  }

  /** Returns "one year", "two years", "11 years". */
  public static String yearsEn(int n) {
    String count = n >= 0 && n <= 10 ? EN[n] : Integer.toString(n);
    return count + (n == 1 ? " year" : " years");
  }

  /** Returns a value followed by its unit in Chinese: "12.71%", "3765.2亿元", "15.5个月". */
  public static String withUnitZh(double x, String unit) {
    return value(x) + unit;
  }

  /** Returns a value followed by its unit in English: "12.71%", "82.04 points", "5 × 10,000 grants". */
  public static String withUnitEn(double x, String unit) {
    if (unit.isEmpty() || unit.equals("%")) {
      return value(x) + unit;
    }
    return value(x) + " " + unit;
  }

  private static String plain(BigDecimal b) {
    String s = b.stripTrailingZeros().toPlainString();
    return s.equals("-0") ? "0" : s;
  }
}
