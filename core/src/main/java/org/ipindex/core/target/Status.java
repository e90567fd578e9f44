package org.ipindex.core.target;

import java.util.Locale;

/**
 * The outcome of assessing one target. With a quantitative target: {@link #ACHIEVED}, then by the
 * ratio R of actual to required growth {@link #ON_TRACK}, {@link #NEEDS_ACCELERATION},
 * {@link #LIMITED_PROGRESS}, {@link #MOVING_AWAY}, or {@link #NOT_ACHIEVED} once the target year
 * is reached. Without one, by the trend: {@link #IMPROVING}, {@link #IMPROVING_SLOWLY},
 * {@link #LITTLE_CHANGE}, {@link #WORSENING}. {@link #NOT_ASSESSABLE} when the data do not allow an
 * assessment (the flags say why). Thresholds: {@link Progress}.
 */
public enum Status {
  ACHIEVED("已实现", "achieved"),
  ON_TRACK("符合预期", "on track"),
  NEEDS_ACCELERATION("需加快", "needs acceleration"),
  LIMITED_PROGRESS("进展有限", "limited progress"),
  MOVING_AWAY("偏离目标", "moving away"),
  NOT_ACHIEVED("未实现", "not achieved"),
  IMPROVING("明显改善", "improving"),
  IMPROVING_SLOWLY("有所改善", "improving slowly"),
  LITTLE_CHANGE("基本持平", "little change"),
  WORSENING("有所退步", "worsening"),
  NOT_ASSESSABLE("无法评估", "not assessable");

  private final String labelZh;
  private final String labelEn;

  Status(String labelZh, String labelEn) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /** Returns the Chinese label, e.g. {@code 符合预期}. */
  public String labelZh() {
    return labelZh;
  }

  /** Returns the English label, e.g. {@code on track}. */
  public String labelEn() {
    return labelEn;
  }

  /** Returns the stable name used in files: {@code on_track}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns whether this status comes from the trend of an indicator without a quantitative target. */
  public boolean isTrend() {
    return this == IMPROVING || this == IMPROVING_SLOWLY || this == LITTLE_CHANGE || this == WORSENING;
  }
}
