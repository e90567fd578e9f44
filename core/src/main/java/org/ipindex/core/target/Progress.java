package org.ipindex.core.target;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Assesses progress toward a target from observed values: compound growth actual vs required, the
 * Eurostat method as implemented by Statistics Canada for Open SDG.
 *
 * <pre>
 *  actual    CAGR_a = (y_t / y_0)^(1/(t − t0)) − 1
 *  required  CAGR_r = (y* / y_0)^(1/(T − t0)) − 1
 *  ratio     R = d · CAGR_a / |CAGR_r|          d = +1 more is better, −1 less is better
 *
 *  target met at t (d·(y_t − y*) ≥ 0)  → ACHIEVED
 *  t ≥ T and not met                  → NOT_ACHIEVED
 *  R ≥ onTrack                        → ON_TRACK
 *  needsAcceleration ≤ R &lt; onTrack    → NEEDS_ACCELERATION
 *  0 ≤ R &lt; needsAcceleration          → LIMITED_PROGRESS
 *  R &lt; 0                              → MOVING_AWAY
 *
 *  no target: g = d · CAGR_a, thresholds scaled by C (1 without a natural limit)
 *  g ≥ trendStrong·C → IMPROVING;  g ≥ trendModerate·C → IMPROVING_SLOWLY;  g ≥ 0 → LITTLE_CHANGE;
 *  g &lt; 0 → WORSENING
 *  C = 1 − (y_0/L)^a for a maximum L (0 ≤ y_0 ≤ L);  1 − ((2L − y_0)/L)^a for a minimum L
 *  (L ≤ y_0 &lt; 2L);  1 beyond;  a = limitExponent
 *
 *  distance share = (y_t − y_0)/(y* − y_0);  time share = (t − t0)/(T − t0)
 *  projection at T: compound y_t·(1 + CAGR_a)^(T − t), linear y_t + (y_t − y_0)/(t − t0)·(T − t),
 *  capped at the natural limit</pre>
 *
 * <p>Edge cases, each with a stated outcome (and a {@link ProgressFlag}) instead of NaN:
 * <ul>
 *   <li>no value in the assessment year: the latest earlier value is used ({@code LATEST_EARLIER});
 *   <li>no baseline value in the target: the observed value of the baseline year, or of the first
 *       later year with one ({@code BASELINE_OBSERVED}, {@code BASELINE_YEAR_SHIFTED});
 *   <li>a baseline, latest or target value zero or negative: compound growth is undefined, so
 *       growth is the average annual change and R = d·(y_t − y_0)/(t − t0) / |(y* − y_0)/(T − t0)|
 *       ({@code LINEAR_FALLBACK}); without a target only the sign of the change counts. Open SDG
 *       instead replaces a zero by 0.001, which makes R depend on that arbitrary number;
 *   <li>target met at baseline ({@code MET_AT_BASELINE}): achieved while it stays met; if the value
 *       falls back behind the target, R is negative (the formula's |CAGR_r| keeps the sign right)
 *       and the status is MOVING_AWAY; the distance share is undefined (NaN);
 *   <li>target equal to the baseline and not met: required growth is 0, R is NaN, the status is
 *       MOVING_AWAY ({@code NO_REQUIRED_CHANGE});
 *   <li>a natural limit (a percentage near 100): projections are capped at it, and without a
 *       target the trend thresholds shrink by C so that an indicator near its limit can still be
 *       judged improving ({@code CEILING});
 *   <li>smaller is better (examination periods): d = −1, and "met" means at or below the target;
 *   <li>only the baseline observed: achieved if it meets the target, otherwise NOT_ASSESSABLE
 *       ({@code ONLY_BASELINE}); nothing observed: NOT_ASSESSABLE ({@code NO_OBSERVATION});
 *   <li>a {@link Comparison#COMPLETED} target: ACHIEVED when the latest value is 1, NOT_ACHIEVED when
 *       it is 0 after the baseline year (NOT_ASSESSABLE with only the baseline).
 * </ul>
 * Observations after the assessment year, NaN and null values are ignored. A baseline value given in
 * the target takes precedence over an observed value for the same year.
 *
 * <p>References: Eurostat, <i>Sustainable development in the European Union</i> (annual monitoring
 * report), methodological annex on assessing progress towards quantified targets; Statistics Canada
 * for Open SDG, "Progress measurement methodology" ({@code open-sdg/open-sdg},
 * {@code docs/progress-methodology.md}) and its implementation {@code open-sdg/sdg-build},
 * {@code sdg/ProgressMeasure.py} (thresholds 0.95 / 0.60 / 0 and 1.5 % / 0.5 % / 0, limit exponent
 * 4.44).
 *
 * @param onTrack the R from which progress is on track
 * @param needsAcceleration the R from which progress needs acceleration (below: limited progress)
 * @param trendStrong the directed growth rate a year from which an indicator without target improves
 * @param trendModerate the directed growth rate a year from which it improves slowly (below: little change)
 * @param limitExponent the exponent a of the limit coefficient C
 */
public record Progress(double onTrack, double needsAcceleration, double trendStrong, double trendModerate,
    double limitExponent) {
  /** Statistics Canada's threshold for on track: R ≥ 0.95. */
  public static final double ON_TRACK = 0.95;
  /** Statistics Canada's threshold for progress that needs acceleration: R ≥ 0.60. */
  public static final double NEEDS_ACCELERATION = 0.60;
  /** Statistics Canada's threshold for an indicator without target: 1.5 % a year in the good direction. */
  public static final double TREND_STRONG = 0.015;
  /** Statistics Canada's lower threshold for an indicator without target: 0.5 % a year. */
  public static final double TREND_MODERATE = 0.005;
  /** Statistics Canada's exponent of the limit coefficient C. */
  public static final double LIMIT_EXPONENT = 4.44;
  /** The method with Statistics Canada's thresholds. */
  public static final Progress DEFAULTS =
      new Progress(ON_TRACK, NEEDS_ACCELERATION, TREND_STRONG, TREND_MODERATE, LIMIT_EXPONENT);

  /**
   * Checks the thresholds.
   *
   * @throws IllegalArgumentException unless 0 ≤ needsAcceleration &lt; onTrack,
   *     0 ≤ trendModerate &lt; trendStrong and limitExponent &gt; 0 (all finite)
   */
  public Progress {
    if (!(0 <= needsAcceleration && needsAcceleration < onTrack && Double.isFinite(onTrack))) {
      throw new IllegalArgumentException("Progress needs 0 ≤ needsAcceleration < onTrack, got %s and %s"
          .formatted(needsAcceleration, onTrack));
    }
    if (!(0 <= trendModerate && trendModerate < trendStrong && Double.isFinite(trendStrong))) {
      throw new IllegalArgumentException("Progress needs 0 ≤ trendModerate < trendStrong, got %s and %s"
          .formatted(trendModerate, trendStrong));
    }
    if (!(limitExponent > 0 && Double.isFinite(limitExponent))) {
      throw new IllegalArgumentException("Progress needs a positive limitExponent, got " + limitExponent);
    }
  }

  /**
   * Returns the assessment of a target with the values observed up to {@code year} (later ones are
   * ignored), with one outcome per alternative baseline.
   *
   * @param target the target
   * @param observed the indicator's observed values, year → value (not changed)
   * @param year the assessment year: the latest year whose data may be used
   */
  public ProgressResult assess(Target target, Map<Integer, Double> observed, int year) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(observed, "observed");
    ProgressResult main = assessOne(target, observed, year, List.of());
    if (target.alternatives().isEmpty()) {
      return main;
    }
    List<ProgressResult.Alternative> alternatives = new ArrayList<>();
    for (AlternativeBaseline a : target.alternatives()) {
      ProgressResult r = assessOne(target.withBaseline(a.value()), observed, year, List.of());
      alternatives.add(new ProgressResult.Alternative(a.value(), a.source(), r.status(), r.ratio()));
    }
    return assessOne(target, observed, year, alternatives);
  }

  /**
   * Returns the factor C by which trend thresholds shrink near a natural limit: for a maximum L and
   * 0 ≤ y0 ≤ L, 1 − (y0/L)^a; for a minimum L and L ≤ y0 &lt; 2L, 1 − ((2L − y0)/L)^a; 1 otherwise
   * (no limit, or far from it). Values are taken as absolute values, as Open SDG does.
   */
  public double limitCoefficient(double baseline, double limit) {
    if (Double.isNaN(limit) || Double.isNaN(baseline)) {
      return 1;
    }
    double b = Math.abs(baseline);
    double l = Math.abs(limit);
    if (b >= 2 * l) {
      return 1;
    }
    if (b <= l) {
      return 1 - Math.pow(b / l, limitExponent);
    }
    return 1 - Math.pow((2 * l - b) / l, limitExponent);
  }

  private ProgressResult assessOne(Target target, Map<Integer, Double> observed, int year,
      List<ProgressResult.Alternative> alternatives) {
    EnumSet<ProgressFlag> flags = EnumSet.noneOf(ProgressFlag.class);
    if (!target.hasTarget()) {
      flags.add(ProgressFlag.NO_TARGET);
    }
    TreeMap<Integer, Double> series = new TreeMap<>();
    observed.forEach((y, v) -> {
      if (y != null && y <= year && v != null && Double.isFinite(v)) {
        series.put(y, v);
      }
    });
    int t0 = target.baselineYear();
    double y0 = target.baselineValue();
    if (t0 > year) {
      flags.add(ProgressFlag.BASELINE_AFTER_YEAR);
      return nothing(year, flags, alternatives);
    }
    if (Double.isNaN(y0)) {
      Map.Entry<Integer, Double> first = series.ceilingEntry(t0);
      if (first == null) {
        flags.add(ProgressFlag.NO_OBSERVATION);
        return nothing(year, flags, alternatives);
      }
      flags.add(ProgressFlag.BASELINE_OBSERVED);
      if (first.getKey() != t0) {
        flags.add(ProgressFlag.BASELINE_YEAR_SHIFTED);
      }
      t0 = first.getKey();
      y0 = first.getValue();
    }
    NavigableMap<Integer, Double> points = new TreeMap<>(series.tailMap(t0, false));
    points.put(t0, y0);
    int t = points.lastKey();
    double yt = points.get(t);
    if (t < year) {
      flags.add(ProgressFlag.LATEST_EARLIER);
    }
    if (t == t0) {
      flags.add(ProgressFlag.ONLY_BASELINE);
    }
    Map.Entry<Integer, Double> previous = points.lowerEntry(t);
    OptionalInt previousYear = previous == null ? OptionalInt.empty() : OptionalInt.of(previous.getKey());
    double previousValue = previous == null ? Double.NaN : previous.getValue();
    OptionalInt firstMet = firstMet(target, points);
    int bigT = target.targetYear();
    double timeShare = bigT > t0 ? (double) (t - t0) / (bigT - t0) : Double.NaN;

    if (target.isBinary()) {
      Status status = target.met(yt) ? Status.ACHIEVED : t == t0 ? Status.NOT_ASSESSABLE : Status.NOT_ACHIEVED;
      return new ProgressResult(status, year, t0, y0, t, yt, previousYear, previousValue, GrowthModel.NONE, Double.NaN,
          Double.NaN, Double.NaN, Double.NaN, timeShare, Double.NaN, Double.NaN, 1, firstMet, flags, alternatives);
    }

    int d = target.direction().sign();
    double goal = target.targetValue();
    boolean metAtBaseline = target.met(y0);
    if (metAtBaseline) {
      flags.add(ProgressFlag.MET_AT_BASELINE);
    }
    GrowthModel model = GrowthModel.NONE;
    double actual = Double.NaN;
    double required = Double.NaN;
    double ratio = Double.NaN;
    double projectionCompound = Double.NaN;
    double projectionLinear = Double.NaN;
    if (t > t0) {
      boolean compound = y0 > 0 && yt > 0 && (!target.hasTarget() || goal > 0);
      model = compound ? GrowthModel.COMPOUND : GrowthModel.LINEAR;
      if (!compound) {
        flags.add(ProgressFlag.LINEAR_FALLBACK);
      }
      double slope = (yt - y0) / (t - t0);
      actual = compound ? Math.pow(yt / y0, 1.0 / (t - t0)) - 1 : slope;
      if (target.hasTarget() && bigT > t0) {
        required = compound ? Math.pow(goal / y0, 1.0 / (bigT - t0)) - 1 : (goal - y0) / (bigT - t0);
        if (required == 0) {
          flags.add(ProgressFlag.NO_REQUIRED_CHANGE);
        } else {
          ratio = d * actual / Math.abs(required);
        }
      }
      if (t < bigT) {
        projectionLinear = cap(target, yt + slope * (bigT - t), flags);
        if (compound) {
          projectionCompound = cap(target, yt * Math.pow(1 + actual, bigT - t), flags);
        }
      }
    }
    double distanceShare = target.hasTarget() && !metAtBaseline && goal != y0 ? (yt - y0) / (goal - y0) : Double.NaN;
    double coefficient = 1;
    Status status;
    if (target.hasTarget()) {
      status = targetStatus(target, yt, t, t0, ratio, flags);
    } else if (t == t0) {
      status = Status.NOT_ASSESSABLE;
    } else {
      coefficient = model == GrowthModel.COMPOUND ? limitCoefficient(y0, target.ceiling()) : 1;
      if (coefficient < 1) {
        flags.add(ProgressFlag.CEILING);
      }
      status = trendStatus(d * actual, model, coefficient);
    }
    return new ProgressResult(status, year, t0, y0, t, yt, previousYear, previousValue, model, actual, required, ratio,
        distanceShare, timeShare, projectionCompound, projectionLinear, coefficient, firstMet, flags, alternatives);
  }

  private Status targetStatus(Target target, double yt, int t, int t0, double ratio, EnumSet<ProgressFlag> flags) {
    if (target.met(yt)) {
      return Status.ACHIEVED;
    }
    if (t >= target.targetYear()) {
      return Status.NOT_ACHIEVED;
    }
    if (t == t0) {
      return Status.NOT_ASSESSABLE;
    }
    if (flags.contains(ProgressFlag.NO_REQUIRED_CHANGE)) {
      return Status.MOVING_AWAY;
    }
    if (ratio >= onTrack) {
      return Status.ON_TRACK;
    }
    if (ratio >= needsAcceleration) {
      return Status.NEEDS_ACCELERATION;
    }
    return ratio >= 0 ? Status.LIMITED_PROGRESS : Status.MOVING_AWAY;
  }

  private Status trendStatus(double directed, GrowthModel model, double coefficient) {
    if (directed < 0) {
      return Status.WORSENING;
    }
    if (model == GrowthModel.LINEAR) {
      return directed > 0 ? Status.IMPROVING : Status.LITTLE_CHANGE;
    }
    if (coefficient == 0 || directed >= trendStrong * coefficient) {
      return Status.IMPROVING;
    }
    return directed >= trendModerate * coefficient ? Status.IMPROVING_SLOWLY : Status.LITTLE_CHANGE;
  }

  /** Returns the first year of the run of met values that ends at the latest point, if the latest is met. */
  private static OptionalInt firstMet(Target target, NavigableMap<Integer, Double> points) {
    if (!target.hasTarget()) {
      return OptionalInt.empty();
    }
    Integer first = null;
    for (Map.Entry<Integer, Double> e : points.descendingMap().entrySet()) {
      if (!target.met(e.getValue())) {
        break;
      }
      first = e.getKey();
    }
    return first == null ? OptionalInt.empty() : OptionalInt.of(first);
  }

  /** Returns a projection capped at the natural limit (flagging {@code CEILING} when it was capped). */
  private static double cap(Target target, double projection, EnumSet<ProgressFlag> flags) {
    if (target.hasCeiling() && target.direction().sign() * (projection - target.ceiling()) > 0) {
      flags.add(ProgressFlag.CEILING);
      return target.ceiling();
    }
    return projection;
  }

  private static ProgressResult nothing(int year, EnumSet<ProgressFlag> flags,
      List<ProgressResult.Alternative> alternatives) {
    return new ProgressResult(Status.NOT_ASSESSABLE, year, 0, Double.NaN, 0, Double.NaN, OptionalInt.empty(),
        Double.NaN,
        GrowthModel.NONE, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 1,
        OptionalInt.empty(), flags, alternatives);
  }
}
