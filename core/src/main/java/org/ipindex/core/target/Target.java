package org.ipindex.core.target;

import java.util.List;
import java.util.Objects;
import org.ipindex.core.model.Direction;

/**
 * One target of a target set: an indicator, the direction in which it should move, where it started
 * (baseline year and value) and where it should be (target year and value), with the document that
 * sets it. Values are in the indicator's unit as printed.
 *
 * <p>Missing numbers are NaN: a NaN {@code baselineValue} means "take the observed value of the
 * baseline year, or of the first later year with a value" ({@link ProgressFlag#BASELINE_OBSERVED});
 * a NaN {@code targetValue} means the document sets no quantitative target, and the trend is assessed
 * ({@link ProgressFlag#NO_TARGET}); a NaN {@code ceiling} means the indicator has no natural limit.
 *
 * @param set the target set, e.g. {@code expected_2025}
 * @param indicatorCode the indicator's code; observed values are looked up by it
 * @param nameZh the indicator's Chinese name
 * @param nameEn the indicator's English name
 * @param unitZh the unit as printed in Chinese ({@code %}, {@code 亿元}, {@code 个月}); may be empty
 * @param unitEn the unit in English ({@code %}, {@code points}, {@code months}); may be empty
 * @param direction {@link Direction#POSITIVE} when more is better, {@link Direction#NEGATIVE} when
 *     less is better (examination periods)
 * @param comparison how the target is worded; {@link Comparison#COMPLETED} for a task done or not
 * @param baselineYear the year the plan starts from
 * @param baselineValue the baseline value used, or NaN to take it from the observations
 * @param targetYear the year by which the target should be met; after {@code baselineYear}
 * @param targetValue the target value, or NaN when there is no quantitative target
 * @param ceiling the natural limit in the good direction (100 for a percentage or a score out of 100
 *     when larger is better; a floor such as 0 when smaller is better), or NaN
 * @param source the document(s) that set the target
 * @param note why the baseline was chosen, definitions, doubts
 * @param alternatives baselines printed by other documents, with their sources
 * @param frameworkCode the national framework indicator this is exactly, or ""
 */
public record Target(String set, String indicatorCode, String nameZh, String nameEn, String unitZh, String unitEn,
    Direction direction, Comparison comparison, int baselineYear, double baselineValue, int targetYear,
    double targetValue, double ceiling, String source, String note, List<AlternativeBaseline> alternatives,
    String frameworkCode) {

  /**
   * Checks the parameters; the targets reader reports bad files as data problems before building one.
   *
   * @throws IllegalArgumentException if a required text is empty, the target year is not after the
   *     baseline year, a number is infinite, a completed-type target is not 1, or the baseline or the
   *     target lies beyond the ceiling
   */
  public Target {
    requireText(set, "set");
    requireText(indicatorCode, "indicatorCode");
    requireText(nameZh, "nameZh");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(comparison, "comparison");
    nameEn = nameEn == null ? "" : nameEn;
    unitZh = unitZh == null ? "" : unitZh;
    unitEn = unitEn == null ? "" : unitEn;
    source = source == null ? "" : source;
    note = note == null ? "" : note;
    frameworkCode = frameworkCode == null ? "" : frameworkCode;
    alternatives = List.copyOf(alternatives == null ? List.of() : alternatives);
    if (targetYear <= baselineYear) {
      throw new IllegalArgumentException("target '%s': target year %d must be after baseline year %d"
          .formatted(indicatorCode, targetYear, baselineYear));
    }
    for (double v : new double[] {baselineValue, targetValue, ceiling}) {
      if (Double.isInfinite(v)) {
        throw new IllegalArgumentException("target '%s': infinite value".formatted(indicatorCode));
      }
    }
    if (comparison == Comparison.COMPLETED && targetValue != 1) {
      throw new IllegalArgumentException("target '%s': a completed-type target has target value 1, got %s"
          .formatted(indicatorCode, targetValue));
    }
    int d = direction.sign();
    if (!Double.isNaN(ceiling) && (d * (baselineValue - ceiling) > 0 || d * (targetValue - ceiling) > 0)) {
      throw new IllegalArgumentException("target '%s': baseline %s or target %s lies beyond the ceiling %s"
          .formatted(indicatorCode, baselineValue, targetValue, ceiling));
    }
  }

  /** Returns whether the document sets a quantitative target (else the trend is assessed). */
  public boolean hasTarget() {
    return !Double.isNaN(targetValue);
  }

  /** Returns whether the target is a task done or not ({@link Comparison#COMPLETED}). */
  public boolean isBinary() {
    return comparison == Comparison.COMPLETED;
  }

  /** Returns whether the indicator has a natural limit. */
  public boolean hasCeiling() {
    return !Double.isNaN(ceiling);
  }

  /**
   * Returns whether {@code value} meets the target: {@code d·(value − target) ≥ 0} with d = ±1 the
   * direction. False for NaN and when there is no quantitative target.
   */
  public boolean met(double value) {
    return hasTarget() && !Double.isNaN(value) && direction.sign() * (value - targetValue) >= 0;
  }

  /** Returns a copy with another baseline value and no alternatives (to assess an alternative baseline). */
  public Target withBaseline(double value) {
    return new Target(set, indicatorCode, nameZh, nameEn, unitZh, unitEn, direction, comparison, baselineYear,
        value, targetYear, targetValue, ceiling, source, note, List.of(), frameworkCode);
  }

  private static void requireText(String s, String what) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException("a target needs a non-empty " + what);
    }
  }
}
