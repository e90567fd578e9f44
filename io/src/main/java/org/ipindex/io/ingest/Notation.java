package org.ipindex.io.ingest;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.Normalizer;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers as statistics tables write them, exactly: plain ({@code 1234.5}, {@code -3}), with
 * thousands separators ({@code 1,234,567.8}), full-width ({@code １２３}, {@code １，２３４}), with a
 * multiplier and/or a unit ({@code 1.2万}, {@code 3.5亿元}, {@code 12件}, {@code 12.3%}), or with an
 * exponent ({@code 1.5e3}). Blank, {@code —}, {@code ——}, {@code –}, {@code -}, {@code …} and
 * {@code NA} mean missing.
 *
 * <p>A number is read as a decimal {@code unscaled × 10^-scale} (18 significant digits; more are
 * rounded half-even), with the multiplier folded into the scale, so 1.2万 is {@code 12 × 10^3}
 * exactly and becomes the double 12000.0 through {@link #toDouble(long, int)}, never 11999.999….
 * Not thread-hostile: stateless.
 */
public final class Notation {
  private static final Set<String> MISSING = Set.of("", "-", "—", "——", "–", "--", "…", "……", "...", "NA", "N/A", "n/a");
  private static final Pattern NUMBER = Pattern.compile(
      "([+-])?(\\d{1,3}(?:,\\d{3})+|\\d+)?(?:\\.(\\d+))?(?:[eE]([+-]?\\d{1,3}))?\\s*(.*)");
  private static final double[] POWERS = {
      1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
      1e19, 1e20, 1e21, 1e22};
  private static final long EXACT = 1L << 53;
  private static final String NUMBER_FIX =
      "write a number such as 1234, 1,234, 1.2万 or 12.5%, or leave the cell empty (or write —) for a missing value";

  private Notation() {}

  /** What a cell holds. */
  public enum Kind {
    /** A number. */
    NUMBER,
    /** A missing-value marker or a blank. */
    MISSING,
    /** Text that is not a number. */
    INVALID
  }

  /**
   * What was read from a cell.
   *
   * @param kind number, missing or invalid
   * @param unscaled the digits of a number ({@code value = unscaled × 10^-scale}), else 0
   * @param scale see {@code unscaled}; a multiplier such as 万 is folded in (1.2万 → 12, −3)
   * @param unit the unit noun written after the number ({@code 件}, {@code 元}, {@code %}), "" for none
   * @param problem for invalid text, what is wrong, e.g. {@code "'12a' is not a number"}; else ""
   * @param fix for invalid text, how to write it; else ""
   */
  public record Reading(Kind kind, long unscaled, int scale, String unit, String problem, String fix) {
    static final Reading MISSING_VALUE = new Reading(Kind.MISSING, 0, 0, "", "", "");

    public Reading {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(unit, "unit");
    }

    /** Returns the number as the nearest double; NaN unless a number. */
    public double value() {
      return kind == Kind.NUMBER ? toDouble(unscaled, scale) : Double.NaN;
    }

    /** Returns the number as an exact decimal; null unless a number. */
    public BigDecimal decimal() {
      return kind == Kind.NUMBER ? BigDecimal.valueOf(unscaled, scale) : null;
    }
  }

  /** Reads a cell's text. */
  public static Reading parse(CharSequence text) {
    Reading fast = plain(text);
    return fast != null ? fast : slow(text.toString());
  }

  /**
   * Returns {@code unscaled × 10^-scale} as the nearest double (correctly rounded: one exact
   * operation on exactly representable operands, or a decimal string parse otherwise).
   */
  public static double toDouble(long unscaled, int scale) {
    if (unscaled == 0) {
      return 0.0;
    }
    if (Math.abs(unscaled) < EXACT) {
      if (scale == 0) {
        return unscaled;
      }
      if (scale > 0 && scale < POWERS.length) {
        return unscaled / POWERS[scale];
      }
      if (scale < 0 && -scale < POWERS.length) {
        return unscaled * POWERS[-scale];
      }
    }
    return Double.parseDouble(BigDecimal.valueOf(unscaled, scale).toString());
  }

  /** The fast path: {@code [+-]?digits[.digits]} with at most 18 digits; null for anything else. */
  private static Reading plain(CharSequence s) {
    int n = s.length();
    int i = 0;
    while (i < n && s.charAt(i) == ' ') {
      i++;
    }
    while (n > i && s.charAt(n - 1) == ' ') {
      n--;
    }
    if (i == n) {
      return Reading.MISSING_VALUE;
    }
    boolean negative = false;
    char c = s.charAt(i);
    if (c == '-' || c == '+') {
      negative = c == '-';
      i++;
    }
    long unscaled = 0;
    int digits = 0;
    int scale = 0;
    boolean dot = false;
    boolean any = false;
    for (; i < n; i++) {
      c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        any = true;
        if (unscaled != 0 || c != '0') {
          if (++digits > 18) {
            return null;
          }
        }
        unscaled = unscaled * 10 + (c - '0');
        if (dot) {
          scale++;
        }
      } else if (c == '.' && !dot) {
        dot = true;
      } else {
        return null;
      }
    }
    if (!any) {
      return null;
    }
    return new Reading(Kind.NUMBER, negative ? -unscaled : unscaled, scale, "", "", "");
  }

  private static Reading slow(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    if (MISSING.contains(t)) {
      return Reading.MISSING_VALUE;
    }
    if (!t.isEmpty() && (t.charAt(0) == '−' || t.charAt(0) == '–')) {
      t = "-" + t.substring(1);
    }
    Matcher m = NUMBER.matcher(t);
    if (!m.matches() || m.group(2) == null && m.group(3) == null) {
      return invalid(text, hint(t));
    }
    Units.Unit unit = Units.parse(m.group(5));
    if (!m.group(5).isEmpty() && !unit.bare() && !Units.VALUE_NOUNS.contains(unit.noun())) {
      return invalid(text, hint(t));
    }
    String digits = (m.group(1) == null ? "" : m.group(1)) + (m.group(2) == null ? "0" : m.group(2).replace(",", ""))
        + (m.group(3) == null ? "" : "." + m.group(3)) + (m.group(4) == null ? "" : "e" + m.group(4));
    BigDecimal d = new BigDecimal(digits);
    if (d.precision() > 18) {
      d = d.round(new MathContext(18));
    }
    if (d.signum() == 0) {
      return new Reading(Kind.NUMBER, 0, 0, unit.noun(), "", "");
    }
    return new Reading(Kind.NUMBER, d.unscaledValue().longValueExact(), d.scale() - unit.exponent(), unit.noun(), "", "");
  }

  private static Reading invalid(String text, String fix) {
    return new Reading(Kind.INVALID, 0, 0, "", "'%s' is not a number".formatted(text), fix);
  }

  private static String hint(String t) {
    if (t.matches("[+-]?\\d+(,\\d+)+(\\.\\d*)?.*")) {
      return "thousands separators go between groups of three digits (1,234,567.5); a decimal comma is not read: write 1.5, not 1,5";
    }
    if (t.matches("[+-]?[\\d,]*\\.\\d*\\..*")) {
      return "write one decimal point at most";
    }
    if (t.matches("[+-]?[\\d,.]+\\s*\\S.*")) {
      return "after the number only a multiplier (万, 亿) or a unit (件, 元, 万元, %) may follow; " + NUMBER_FIX;
    }
    return NUMBER_FIX;
  }
}
