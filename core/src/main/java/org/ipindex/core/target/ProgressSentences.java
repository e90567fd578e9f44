package org.ipindex.core.target;

import static org.ipindex.core.target.ReportNumbers.countZh;
import static org.ipindex.core.target.ReportNumbers.percent;
import static org.ipindex.core.target.ReportNumbers.ratio;
import static org.ipindex.core.target.ReportNumbers.share;
import static org.ipindex.core.target.ReportNumbers.value;
import static org.ipindex.core.target.ReportNumbers.yearsEn;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes the sentence a report prints for one progress result, in Chinese and in English, from
 * fixed templates: the latest value and its year (saying when the assessment year has no value
 * yet), unchanged from the previous year where so, the growth a year since the baseline, then the
 * judgment with its reason and, while the target year is ahead, the projection. For example:
 *
 * <pre>
 * 知识产权保护社会满意度2023年为82.04分，2020—2023年年均增长0.82%，
 *   已于2023年提前两年实现2025年目标（82分）。
 * Public satisfaction with IP protection: 82.04 points in 2023; it grew 0.82% a year in 2020–2023;
 *   it reached its 2025 target (82 points) in 2023, two years early.</pre>
 *
 * Numbers are formatted by {@link ReportNumbers}. Examples: {@code ProgressSentencesTest}.
 */
public final class ProgressSentences {
  private ProgressSentences() {}

  /** Returns the Chinese sentence for a result. */
  public static String zh(Target target, ProgressResult r) {
    String name = target.nameZh();
    String unit = target.unitZh();
    int bigT = target.targetYear();
    String goal = target.hasTarget()
        ? target.comparison().wordZh(ReportNumbers.withUnitZh(target.targetValue(), unit)) : "";
    if (r.has(ProgressFlag.NO_OBSERVATION) || r.has(ProgressFlag.BASELINE_AFTER_YEAR)) {
      String why = r.has(ProgressFlag.BASELINE_AFTER_YEAR)
          ? "基期为%d年，晚于评估年份%d年".formatted(target.baselineYear(), r.year())
          : "截至%d年暂无观测值".formatted(r.year());
      return target.hasTarget() ? "%s：%d年目标为%s，%s，无法评估。".formatted(name, bigT, goal, why)
          : "%s：%s，无法评估。".formatted(name, why);
    }
    if (target.isBinary()) {
      String head = "%s：%d年目标为完成，".formatted(name, bigT);
      return head + switch (r.status()) {
        case ACHIEVED -> earlyZh(r, bigT, "完成").substring(1) + "。";
        case NOT_ACHIEVED -> "截至%d年尚未完成。".formatted(r.latestYear());
        default -> "基期之后暂无观测值，无法评估。";
      };
    }
    String latest = ReportNumbers.withUnitZh(r.latestValue(), unit);
    if (r.status() == Status.NOT_ASSESSABLE) {
      return "%s%d年（基期）为%s，此后暂无观测值，无法评估进展。".formatted(name, r.baselineYear(), latest);
    }
    StringBuilder s = new StringBuilder().append(name).append(r.latestYear()).append("年为").append(latest);
    if (r.has(ProgressFlag.LATEST_EARLIER)) {
      s.append("（").append(r.year()).append("年数据暂缺）");
    }
    if (flat(r)) {
      s.append("，与上年持平");
    }
    if (!flatSinceBaseline(r)) {
      s.append(growthZh(r, unit));
    }
    switch (r.status()) {
      case ACHIEVED -> {
        if (r.has(ProgressFlag.MET_AT_BASELINE) && r.firstMetYear().orElse(-1) == r.baselineYear()) {
          String shift = r.has(ProgressFlag.BASELINE_YEAR_SHIFTED) ? "（%d年无数据）".formatted(target.baselineYear()) : "";
          s.append(r.latestYear() > r.baselineYear()
              ? "，基期%d年%s即已达到%d年目标（%s），此后一直保持在目标%s".formatted(r.baselineYear(), shift, bigT, goal,
                  target.direction().sign() > 0 ? "以上" : "以内")
              : "，基期即已达到%d年目标（%s）".formatted(bigT, goal));
        } else {
          s.append(earlyZh(r, bigT, "实现%d年目标（%s）".formatted(bigT, goal)));
        }
      }
      case ON_TRACK -> s.append("，快于实现%d年目标（%s）所需的年均%s%s（R=%s），进展符合预期"
          .formatted(bigT, goal, requiredZh(r, unit), pointsAhead(target, r, "，高出%s个百分点"), ratio(r.ratio())));
      case NEEDS_ACCELERATION -> s.append("，慢于实现%d年目标（%s）所需的年均%s（R=%s），需加快进度"
          .formatted(bigT, goal, requiredZh(r, unit), ratio(r.ratio())));
      case LIMITED_PROGRESS -> s.append("，仅为实现%d年目标（%s）所需年均%s的%s（R=%s），进展有限"
          .formatted(bigT, goal, requiredZh(r, unit), share(r.ratio()), ratio(r.ratio())));
      case MOVING_AWAY -> s.append(r.has(ProgressFlag.NO_REQUIRED_CHANGE)
          ? "，而%d年目标（%s）与基期持平，现已偏离目标".formatted(bigT, goal)
          : "，而实现%d年目标（%s）需年均%s（R=%s），变化方向与目标相反，正在偏离目标"
              .formatted(bigT, goal, requiredZh(r, unit), ratio(r.ratio())));
      case NOT_ACHIEVED -> s.append("，未实现%d年目标（%s）".formatted(bigT, goal));
      default -> s.append("；无量化目标，趋势为“%s”".formatted(r.status().labelZh()));
    }
    double projection = projection(r);
    if (isProgressStatus(r.status()) && !Double.isNaN(projection)) {
      s.append("；按此趋势%d年约为%s".formatted(bigT, ReportNumbers.withUnitZh(projection, unit)));
      if (!Double.isNaN(r.projectionCompound()) && !Double.isNaN(r.projectionLinear())) {
        s.append("（线性外推%s）".formatted(ReportNumbers.withUnitZh(r.projectionLinear(), unit)));
      }
      s.append(target.met(projection) ? "，可实现目标" : "，难以按期实现目标");
    }
    return s.append("。").toString();
  }

  /** Returns the English sentence for a result. */
  public static String en(Target target, ProgressResult r) {
    String name = target.nameEn().isEmpty() ? target.nameZh() : target.nameEn();
    String unit = target.unitEn();
    int bigT = target.targetYear();
    String goal = target.hasTarget()
        ? target.comparison().wordEn(ReportNumbers.withUnitEn(target.targetValue(), unit)) : "";
    if (r.has(ProgressFlag.NO_OBSERVATION) || r.has(ProgressFlag.BASELINE_AFTER_YEAR)) {
      String why = r.has(ProgressFlag.BASELINE_AFTER_YEAR)
          ? "the baseline year %d is after the assessment year %d".formatted(target.baselineYear(), r.year())
          : "no observed value up to %d".formatted(r.year());
      return target.hasTarget() ? "%s: the %d target is %s; %s; not assessable.".formatted(name, bigT, goal, why)
          : "%s: %s; not assessable.".formatted(name, why);
    }
    if (target.isBinary()) {
      String head = "%s: the %d target is completion; ".formatted(name, bigT);
      return head + switch (r.status()) {
        case ACHIEVED -> "completed in %d%s.".formatted(r.firstMetYear().orElse(r.latestYear()), timingEn(r, bigT));
        case NOT_ACHIEVED -> "not completed as of %d.".formatted(r.latestYear());
        default -> "no value after the baseline; not assessable.";
      };
    }
    String latest = ReportNumbers.withUnitEn(r.latestValue(), unit);
    if (r.status() == Status.NOT_ASSESSABLE) {
      return "%s: %s in %d (baseline), no later value; not assessable.".formatted(name, latest, r.baselineYear());
    }
    StringBuilder s = new StringBuilder().append(name).append(": ").append(latest).append(" in ")
        .append(r.latestYear());
    if (r.has(ProgressFlag.LATEST_EARLIER)) {
      s.append(" (no ").append(r.year()).append(" value yet)");
    }
    if (flat(r)) {
      s.append(", unchanged from the previous year");
    }
    if (!flatSinceBaseline(r)) {
      s.append(growthEn(r, unit));
    }
    switch (r.status()) {
      case ACHIEVED -> {
        if (r.has(ProgressFlag.MET_AT_BASELINE) && r.firstMetYear().orElse(-1) == r.baselineYear()) {
          String shift = r.has(ProgressFlag.BASELINE_YEAR_SHIFTED)
              ? " (no %d value)".formatted(target.baselineYear()) : "";
          s.append(r.latestYear() > r.baselineYear()
              ? "; it already met its %d target (%s) in the baseline year %d%s and has stayed there since"
                  .formatted(bigT, goal, r.baselineYear(), shift)
              : "; it already met its %d target (%s) in the baseline year".formatted(bigT, goal));
        } else {
          s.append("; it reached its %d target (%s) in %d%s".formatted(bigT, goal, r.firstMetYear().getAsInt(),
              timingEn(r, bigT)));
        }
      }
      case ON_TRACK -> s.append(", faster than the %s a year needed for its %d target (%s)%s (R = %s): on track"
          .formatted(requiredEn(r, unit), bigT, goal, pointsAhead(target, r, ", %s percentage points more"),
              ratio(r.ratio())));
      case NEEDS_ACCELERATION -> s.append((", slower than the %s a year needed for its %d target (%s) (R = %s): "
          + "needs acceleration")
          .formatted(requiredEn(r, unit), bigT, goal, ratio(r.ratio())));
      case LIMITED_PROGRESS -> s.append((", only %s of the %s a year needed for its %d target (%s) (R = %s): "
          + "limited progress")
          .formatted(share(r.ratio()), requiredEn(r, unit), bigT, goal, ratio(r.ratio())));
      case MOVING_AWAY -> s.append(r.has(ProgressFlag.NO_REQUIRED_CHANGE)
          ? ", while its %d target (%s) equals the baseline: moving away from the target".formatted(bigT, goal)
          : ", while its %d target (%s) needs a %s a year (R = %s): moving away from the target"
              .formatted(bigT, goal, requiredEn(r, unit), ratio(r.ratio())));
      case NOT_ACHIEVED -> s.append("; it did not meet its %d target (%s)".formatted(bigT, goal));
      default -> s.append("; no quantitative target; trend: %s".formatted(r.status().labelEn()));
    }
    double projection = projection(r);
    if (isProgressStatus(r.status()) && !Double.isNaN(projection)) {
      s.append("; at this pace it would be %s in %d".formatted(ReportNumbers.withUnitEn(projection, unit), bigT));
      if (!Double.isNaN(r.projectionCompound()) && !Double.isNaN(r.projectionLinear())) {
        s.append(" (%s on a linear trend)".formatted(ReportNumbers.withUnitEn(r.projectionLinear(), unit)));
      }
      s.append(target.met(projection) ? ", enough to meet the target" : ", short of the target");
    }
    return s.append(".").toString();
  }

  /** Returns "，已于2023年提前两年{what}" and the like, by how the first met year compares with the target year. */
  private static String earlyZh(ProgressResult r, int bigT, String what) {
    int m = r.firstMetYear().orElse(r.latestYear());
    int early = bigT - m;
    if (early > 0) {
      return "，已于%d年提前%s年%s".formatted(m, countZh(early), what);
    }
    if (early == 0) {
      return "，已于%d年如期%s".formatted(m, what);
    }
    return "，于%d年%s，比目标年晚%s年".formatted(m, what, countZh(-early));
  }

  private static String timingEn(ProgressResult r, int bigT) {
    int early = bigT - r.firstMetYear().orElse(r.latestYear());
    return early > 0 ? ", " + yearsEn(early) + " early" : early == 0 ? ", on time" : ", " + yearsEn(-early) + " late";
  }

  private static String growthZh(ProgressResult r, String unit) {
    String span = "%d—%d年".formatted(r.baselineYear(), r.latestYear());
    double a = r.actualGrowth();
    return switch (r.growth()) {
      case COMPOUND -> a == 0 ? "，%s基本无变化".formatted(span)
          : "，%s年均%s%s".formatted(span, a > 0 ? "增长" : "下降", percent(Math.abs(a)));
      case LINEAR -> a == 0 ? "，%s基本无变化".formatted(span)
          : "，%s年均%s%s".formatted(span, a > 0 ? "增加" : "减少", ReportNumbers.withUnitZh(Math.abs(a), unit));
      case NONE -> "";
    };
  }

  private static String growthEn(ProgressResult r, String unit) {
    String span = "%d–%d".formatted(r.baselineYear(), r.latestYear());
    double a = r.actualGrowth();
    return switch (r.growth()) {
      case COMPOUND -> a == 0 ? "; it did not change in %s".formatted(span)
          : "; it %s %s a year in %s".formatted(a > 0 ? "grew" : "fell", percent(Math.abs(a)), span);
      case LINEAR -> a == 0 ? "; it did not change in %s".formatted(span)
          : "; it %s by %s a year in %s".formatted(a > 0 ? "rose" : "fell",
              ReportNumbers.withUnitEn(Math.abs(a), unit), span);
      case NONE -> "";
    };
  }

  private static String requiredZh(ProgressResult r, String unit) {
    double q = r.requiredGrowth();
    if (r.growth() == GrowthModel.LINEAR) {
      return (q >= 0 ? "增加" : "减少") + ReportNumbers.withUnitZh(Math.abs(q), unit);
    }
    return (q >= 0 ? "增长" : "下降") + percent(Math.abs(q));
  }

  private static String requiredEn(ProgressResult r, String unit) {
    double q = r.requiredGrowth();
    if (r.growth() == GrowthModel.LINEAR) {
      return (q >= 0 ? "rise of " : "fall of ") + ReportNumbers.withUnitEn(Math.abs(q), unit);
    }
    return percent(Math.abs(q)) + (q >= 0 ? " growth" : " fall");
  }

  /** Returns how many points a year compound growth runs ahead of the required growth (more is better only). */
  private static String pointsAhead(Target target, ProgressResult r, String template) {
    if (r.growth() != GrowthModel.COMPOUND || target.direction().sign() < 0 || r.requiredGrowth() <= 0) {
      return "";
    }
    double points = (r.actualGrowth() - r.requiredGrowth()) * 100;
    return template.formatted(BigDecimal.valueOf(points).setScale(1, RoundingMode.HALF_UP).toPlainString());
  }

  private static boolean flat(ProgressResult r) {
    return r.previousYear().isPresent() && r.previousYear().getAsInt() == r.latestYear() - 1
        && r.previousValue() == r.latestValue();
  }

  /** Returns whether the value is unchanged from a baseline one year back, so that "unchanged" says all. */
  private static boolean flatSinceBaseline(ProgressResult r) {
    return flat(r) && r.baselineYear() == r.latestYear() - 1;
  }

  private static double projection(ProgressResult r) {
    return Double.isNaN(r.projectionCompound()) ? r.projectionLinear() : r.projectionCompound();
  }

  private static boolean isProgressStatus(Status s) {
    return s == Status.ON_TRACK || s == Status.NEEDS_ACCELERATION || s == Status.LIMITED_PROGRESS
        || s == Status.MOVING_AWAY;
  }
}
