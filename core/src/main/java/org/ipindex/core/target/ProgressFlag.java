package org.ipindex.core.target;

import java.util.Locale;

/** What shaped a progress result beyond the plain method; each flag explains itself in both languages. */
public enum ProgressFlag {
  LATEST_EARLIER("评估年份无数据，使用此前最近一年的数据",
      "no value for the assessment year; the latest earlier value is used"),
  BASELINE_OBSERVED("目标文件未给出基期值，采用观测值",
      "the target file gives no baseline value; the observed value is used"),
  BASELINE_YEAR_SHIFTED("基期年无数据，以其后第一个有数据的年份为基期",
      "no value in the baseline year; the first later year with a value is the baseline"),
  MET_AT_BASELINE("基期已达到目标", "the target was already met in the baseline year"),
  LINEAR_FALLBACK("基期值、最新值或目标值不为正，复合增长率无定义，改用线性方法（年均变化量）",
      "a baseline, latest or target value is zero or negative, so compound growth is undefined; "
          + "the linear method (average annual change) is used"),
  CEILING("自然上限（或下限）影响了结果：预测值截断于上限，或趋势阈值随接近上限而缩小",
      "the natural limit shaped the result: a projection was capped at it, or the trend thresholds "
          + "were scaled down near it"),
  NO_REQUIRED_CHANGE("目标值等于基期值，所需增速为零，比值R无定义",
      "the target equals the baseline, so the required growth is zero and R is undefined"),
  NO_TARGET("无量化目标，按趋势评估", "no quantitative target; the trend is assessed"),
  ONLY_BASELINE("基期之后暂无观测值", "no observation after the baseline"),
  NO_OBSERVATION("暂无观测值", "no observed value"),
  BASELINE_AFTER_YEAR("基期晚于评估年份", "the baseline year is after the assessment year");

  private final String explanationZh;
  private final String explanationEn;

  ProgressFlag(String explanationZh, String explanationEn) {
    this.explanationZh = explanationZh;
    this.explanationEn = explanationEn;
  }

  public String explanationZh() {
    return explanationZh;
  }

  public String explanationEn() {
    return explanationEn;
  }

  /** Returns the stable name used in files: {@code linear_fallback}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
