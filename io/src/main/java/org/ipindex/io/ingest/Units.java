package org.ipindex.io.ingest;

import java.text.Normalizer;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Units of measure as Chinese statistics write them: a noun ({@code 件}, {@code 元}, {@code 人},
 * {@code %} …) after an optional multiplier ({@code 十 百 千 万 亿} and their combinations: 万件 =
 * 10⁴ 件, 亿元 = 10⁸ 元, 万亿元 = 10¹² 元, 百万 = 10⁶). Conversions are by exact powers of ten, never by
 * a rounded factor, so 1.2万 件 is exactly 12000 件 (see {@link Notation#toDouble(long, int)}).
 *
 * <p>Two units convert into each other when their nouns are equal: 万件 → 件, 亿元 → 万元, ‰ → %.
 * A compound unit such as {@code 件/万人} is a noun of its own and converts only to itself.
 */
public final class Units {
  /** Nouns a value may carry after its number, e.g. {@code 12件} or {@code 3.5亿元}. */
  static final Set<String> VALUE_NOUNS = Set.of(
      "件", "个", "家", "项", "种", "次", "人", "人次", "元", "美元", "%", "月", "天", "日", "分", "所", "名", "户",
      "座", "条", "台", "册", "部", "篇", "年");

  private Units() {}

  /**
   * A unit: a noun scaled by a power of ten.
   *
   * @param noun e.g. {@code 件}; "" for a bare multiplier such as {@code 万}
   * @param exponent the power of ten, e.g. 4 for {@code 万件}
   */
  public record Unit(String noun, int exponent) {
    /** The unit of plain numbers: no noun, no multiplier. */
    public static final Unit NONE = new Unit("", 0);

    public Unit {
      Objects.requireNonNull(noun, "noun");
    }

    /** Returns whether this is a bare multiplier (万, 亿) or nothing at all. */
    public boolean bare() {
      return noun.isEmpty();
    }

    /** Returns the unit as written canonically, e.g. {@code 万件}, {@code 亿元}, {@code %}. */
    public String text() {
      return prefix(exponent) + noun;
    }
  }

  /**
   * Reads a unit. Full-width characters are folded (NFKC); percent words ({@code %}, {@code 百分比},
   * {@code percent}) become {@code %} and per-mille ({@code ‰}) becomes % × 10⁻¹. Text that is not a
   * known unit is kept as an opaque noun.
   */
  public static Unit parse(String text) {
    String t = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).strip();
    switch (t.toLowerCase(java.util.Locale.ROOT)) {
      case "%", "百分比", "percent", "pct" -> {
        return new Unit("%", 0);
      }
      case "‰", "千分比" -> {
        return new Unit("%", -1);
      }
      default -> { }
    }
    int exponent = 0;
    int i = 0;
    while (i < t.length()) {
      int e = multiplier(t.charAt(i));
      if (e < 0) {
        break;
      }
      exponent += e;
      i++;
    }
    String noun = t.substring(i).strip();
    return new Unit(noun, exponent);
  }

  /**
   * Returns k such that a value in {@code from} is the value × 10^k in {@code to}, or empty where the
   * nouns differ (件 and 元, 件 and 个). A bare {@code from} (no noun) takes the noun of {@code to}.
   */
  public static OptionalInt exponent(Unit from, Unit to) {
    if (!from.bare() && !from.noun().equals(to.noun())) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(from.exponent() - to.exponent());
  }

  /** Returns the exponent of a multiplier character ({@code 万} → 4), or −1. */
  static int multiplier(char c) {
    return switch (c) {
      case '十' -> 1;
      case '百' -> 2;
      case '千' -> 3;
      case '万' -> 4;
      case '亿' -> 8;
      default -> -1;
    };
  }

  private static String prefix(int exponent) {
    return switch (exponent) {
      case 0 -> "";
      case 1 -> "十";
      case 2 -> "百";
      case 3 -> "千";
      case 4 -> "万";
      case 5 -> "十万";
      case 6 -> "百万";
      case 7 -> "千万";
      case 8 -> "亿";
      case 9 -> "十亿";
      case 10 -> "百亿";
      case 11 -> "千亿";
      case 12 -> "万亿";
      default -> "10^" + exponent + " ";
    };
  }
}
