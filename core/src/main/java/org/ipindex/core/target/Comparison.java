package org.ipindex.core.target;

import java.util.Locale;

/**
 * How a target is worded: the test is the same for every numeric comparison (the target is met when
 * the value is at or beyond it in the indicator's good direction); the wording differs. A
 * {@link #COMPLETED} target is binary: observed 1 means done, 0 not done.
 */
public enum Comparison {
  /** 达到 X — reach X (at least X when larger is better, at most X when smaller is better). */
  REACH("", "", "", ""),
  /** X 左右 — about X; tested as {@link #REACH}, without tolerance. */
  ABOUT("", "左右", "about ", ""),
  /** 稳定在 X — stable at X; tested as {@link #REACH}. */
  STABLE_AT("稳定在", "", "stable at ", ""),
  /** X 以上 — X or more (以上 includes X); tested as {@link #REACH}. */
  ABOVE("", "以上", "", " or more"),
  /** 完成 — a task done (observed 1) or not (0); the target value is 1. */
  COMPLETED("", "", "", "");

  private final String prefixZh;
  private final String suffixZh;
  private final String prefixEn;
  private final String suffixEn;

  Comparison(String prefixZh, String suffixZh, String prefixEn, String suffixEn) {
    this.prefixZh = prefixZh;
    this.suffixZh = suffixZh;
    this.prefixEn = prefixEn;
    this.suffixEn = suffixEn;
  }

  /**
   * Returns the name used in files: {@code reach}, {@code about}, {@code stable_at}, {@code above},
   * {@code completed}.
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns the comparison named in a file (case-insensitive), or null if there is none of that name. */
  public static Comparison byCode(String code) {
    for (Comparison c : values()) {
      if (c.code().equalsIgnoreCase(code.strip())) {
        return c;
      }
    }
    return null;
  }

  /** Wraps a value with its unit in the Chinese wording: {@code 15.5个月} → {@code 15.5个月左右}. */
  String wordZh(String valueWithUnit) {
    return this == COMPLETED ? "完成" : prefixZh + valueWithUnit + suffixZh;
  }

  /** Wraps a value with its unit in the English wording: {@code 4 months} → {@code stable at 4 months}. */
  String wordEn(String valueWithUnit) {
    return this == COMPLETED ? "completion" : prefixEn + valueWithUnit + suffixEn;
  }
}
