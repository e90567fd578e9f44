package org.ipindex.io;

import java.math.BigDecimal;

/**
 * Writes doubles as text that parses back to exactly the same double, without exponent for the
 * magnitudes data have (1e-7 ≤ |x| < 1e15) and without a trailing {@code .0} on whole numbers.
 * Independent of the default locale.
 */
public final class NumberText {
  private NumberText() {}

  /**
   * Returns the text of a number: {@code 0.1} → "0.1", {@code 60.0} → "60", {@code 1.0E-5} →
   * "0.00001", {@code -0.0} → "-0"; magnitudes outside [1e-7, 1e15) as {@link Double#toString}
   * (with exponent); NaN → "" (missing). Infinities are written as {@code Infinity} and
   * {@code -Infinity}.
   */
  public static String of(double x) {
    if (Double.isNaN(x)) {
      return "";
    }
    if (x == 0) {
      return 1 / x < 0 ? "-0" : "0";
    }
    double abs = Math.abs(x);
    if (Double.isInfinite(x) || abs < 1e-7 || abs >= 1e15) {
      return Double.toString(x);
    }
    return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
  }
}
