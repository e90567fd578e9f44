package org.ipindex.report.compose;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.ipindex.report.model.Cell;
import org.ipindex.report.model.Lang;

/**
 * Numbers and phrases as the report's readers expect them: scores in 分 / points with one or two
 * decimals, changes as "提高2.6分" / "up 2.6 points", growth in per cent, quantities in 万件 / 亿元
 * (Chinese) or with thousands separators and CNY billions (English), "无数据" / "no data" instead of
 * a missing number. Rounding is half-up on the decimal value ({@code BigDecimal.valueOf}), the same
 * in every format; independent of the default locale.
 */
final class Words {
  private final Lang lang;

  Words(Lang lang) {
    this.lang = lang;
  }

  Lang lang() {
    return lang;
  }

  /** Returns the text in the report's language. */
  String t(String zh, String en) {
    return lang.pick(zh, en);
  }

  String noData() {
    return t("无数据", "no data");
  }

  /** Returns x with exactly {@code decimals} decimals, or "无数据"; never "-0.0". */
  String fixed(double x, int decimals) {
    if (Double.isNaN(x)) {
      return noData();
    }
    String s = BigDecimal.valueOf(x).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    return s.startsWith("-") && isZero(s) ? s.substring(1) : s;
  }

  /** Returns x with a sign: "+2.6", "-0.3", "0.0". */
  String signed(double x, int decimals) {
    if (Double.isNaN(x)) {
      return noData();
    }
    String s = fixed(x, decimals);
    return isZero(s) || s.startsWith("-") ? s : "+" + s;
  }

  /** Returns a score: "125.5分" / "125.5 points". */
  String points(double x, int decimals) {
    if (Double.isNaN(x)) {
      return noData();
    }
    return t(fixed(x, decimals) + "分", fixed(x, decimals) + " points");
  }

  /** Returns a change of a score: "提高2.6分", "下降0.3分", "持平" / "up 2.6 points", "down 0.3 points", "unchanged". */
  String change(double x, int decimals) {
    if (Double.isNaN(x)) {
      return t("变化无法计算", "change not available");
    }
    String s = fixed(Math.abs(x), decimals);
    if (isZero(s)) {
      return t("持平", "unchanged");
    }
    return x > 0 ? t("提高" + s + "分", "up " + s + " points") : t("下降" + s + "分", "down " + s + " points");
  }

  /** Returns a growth rate in per cent: "增长4.5%", "下降1.2%" / "up 4.5%", "down 1.2%". */
  String growth(double percent) {
    if (Double.isNaN(percent)) {
      return t("增速无法计算", "growth not available");
    }
    String s = fixed(Math.abs(percent), 1);
    if (isZero(s)) {
      return t("持平", "unchanged");
    }
    return percent > 0 ? t("增长" + s + "%", "up " + s + "%") : t("下降" + s + "%", "down " + s + "%");
  }

  /** Returns a percentage of a share 0–1: 0.063 → "6.3%". */
  String share(double share) {
    return Double.isNaN(share) ? noData() : fixed(share * 100, 1) + "%";
  }

  /** Returns a year: "2024年" / "2024". */
  String year(int y) {
    return t(y + "年", Integer.toString(y));
  }

  /** Returns a count of things: "6个省份" / "6 provinces". */
  String count(int n, String unitZh, String singularEn, String pluralEn) {
    return t(n + unitZh, n + " " + (n == 1 ? singularEn : pluralEn));
  }

  /** Joins names: "广东、上海和北京" / "Guangdong, Shanghai and Beijing". */
  String list(List<String> items) {
    if (items.isEmpty()) {
      return "";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    String head = String.join(t("、", ", "), items.subList(0, items.size() - 1));
    return head + t("和", " and ") + items.get(items.size() - 1);
  }

  /** Joins with the enumeration comma: "2.81分、2.51分" / "2.81, 2.51". */
  String series(List<String> items) {
    return String.join(t("、", ", "), items);
  }

  /** Returns a Chinese ordinal for section numbers: 1 → 一 (English: 1). */
  String ordinal(int n) {
    String[] zh = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    if (lang == Lang.EN) {
      return Integer.toString(n);
    }
    if (n <= 10) {
      return zh[n];
    }
    if (n < 20) {
      return "十" + zh[n - 10];
    }
    return n % 10 == 0 ? zh[n / 10] + "十" : zh[n / 10] + "十" + zh[n % 10];
  }

  /** Returns a subsection heading prefix: "（一）" / "3.1". */
  String subNumber(int chapter, int n) {
    return lang == Lang.ZH ? "（" + ordinal(n) + "）" : chapter + "." + n + " ";
  }

  /** Returns a score cell: the number and "无数据" when missing. */
  Cell scoreCell(double x, int decimals) {
    return Double.isNaN(x) ? Cell.text(noData()) : Cell.number(x, decimals, fixed(x, decimals));
  }

  /** Returns a signed change cell. */
  Cell changeCell(double x, int decimals) {
    return Double.isNaN(x) ? Cell.text(noData()) : Cell.number(x, decimals, signed(x, decimals));
  }

  /** Returns a rank cell ("3"), "无数据" when missing. */
  Cell rankCell(double rank) {
    return Double.isNaN(rank) ? Cell.text(noData()) : Cell.number(rank, 0, fixed(rank, 0));
  }

  /** Returns a count cell. */
  Cell countCell(int n) {
    return Cell.number(n, 0, Integer.toString(n));
  }

  /** Returns a percentage cell of a share 0–1 (the value kept as the share). */
  Cell shareCell(double share) {
    return Double.isNaN(share) ? Cell.text(noData()) : Cell.percent(share, 1, share(share));
  }

  /**
   * Returns a quantity in its unit as the readers expect it. Chinese: 件 from 10,000 as 万件, 万元 from
   * 10,000 as 亿元, 亿元 from 10,000 as 万亿元 (two decimals); else the value with at most two decimals and
   * the unit. English: thousands separators, 万元 / 亿元 as CNY million / billion / trillion, 分 as
   * points, 月 as months; other units after the number in brackets unless they count things.
   */
  String quantity(double x, String unit) {
    if (Double.isNaN(x)) {
      return noData();
    }
    return lang == Lang.ZH ? quantityZh(x, unit) : quantityEn(x, unit);
  }

  private String quantityZh(double x, String unit) {
    double a = Math.abs(x);
    return switch (unit) {
      case "件" -> a >= 1e4 ? fixed(x / 1e4, 2) + "万件" : plain(x) + "件";
      case "万元" -> a >= 1e4 ? fixed(x / 1e4, 2) + "亿元" : plain(x) + "万元";
      case "亿元" -> a >= 1e4 ? fixed(x / 1e4, 2) + "万亿元" : plain(x) + "亿元";
      case "月" -> plain(x) + "个月";
      default -> plain(x) + unit;
    };
  }

  private String quantityEn(double x, String unit) {
    double a = Math.abs(x);
    return switch (unit) {
      case "万元" -> a >= 1e5 ? "CNY " + grouped(x / 1e5) + " billion" : "CNY " + grouped(x / 100) + " million";
      case "亿元" -> a >= 1e4 ? "CNY " + grouped(x / 1e4) + " trillion" : "CNY " + grouped(x / 10) + " billion";
      case "%" -> plain(x) + "%";
      case "分" -> plain(x) + " points";
      case "月", "个月" -> plain(x) + " months";
      case "件", "家", "个", "项", "种", "人", "次", "人次", "" -> grouped(x);
      default -> grouped(x) + " (" + unit + ")";
    };
  }

  /** Returns a framework unit in the report's language: 件 stays in Chinese, becomes "number" in English. */
  String unit(String unit) {
    if (lang == Lang.ZH) {
      return unit;
    }
    return switch (unit) {
      case "件", "家", "个", "项", "种", "人", "次", "人次" -> "number";
      case "分" -> "points";
      case "月", "个月" -> "months";
      case "万元" -> "CNY 10,000";
      case "亿元" -> "CNY 100 million";
      default -> unit;
    };
  }

  /** Returns at most two decimals, trailing zeros dropped: 3765.2, 13, 12.71. */
  static String plain(double x) {
    String s = BigDecimal.valueOf(x).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    return s.equals("-0") ? "0" : s;
  }

  /** Returns at most two decimals with thousands separators: 490,100; 1,234.5. */
  static String grouped(double x) {
    DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(BigDecimal.valueOf(x));
  }

  /** Returns the text with its first letter in upper case ("none …" → "None …"). */
  static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Returns whether a plain decimal is zero ("0", "-0.00"). */
  private static boolean isZero(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '0' && c != '.' && !(i == 0 && c == '-')) {
        return false;
      }
    }
    return true;
  }
}
