package org.ipindex.core.target;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The assessment of one target with the observations up to a year ({@link Progress#assess}).
 * Numbers that the case does not allow are NaN, and the status and flags say why (for example R is
 * NaN with {@link ProgressFlag#NO_REQUIRED_CHANGE}; projections are NaN once the target year is
 * reached). Years are 0 when there is no observation at all ({@link ProgressFlag#NO_OBSERVATION}).
 *
 * @param status the outcome
 * @param year the assessment year: the latest year whose data could be used
 * @param baselineYear the baseline year used (t0); may differ from the target's
 *     ({@link ProgressFlag#BASELINE_YEAR_SHIFTED})
 * @param baselineValue the baseline value used (y0)
 * @param latestYear the year of the latest value used (t), at most the assessment year
 * @param latestValue the latest value used (y_t)
 * @param previousYear the year of the value before the latest one, if any
 * @param previousValue that value, or NaN
 * @param growth how growth was measured
 * @param actualGrowth the actual growth a year from t0 to t: a rate for compound, units for linear
 * @param requiredGrowth the growth a year from t0 to the target year needed to meet the target
 * @param ratio R = d·actual / |required|
 * @param distanceShare the share of the distance from baseline to target covered: (y_t − y0)/(y* − y0)
 * @param timeShare the share of the time from baseline to target year elapsed: (t − t0)/(T − t0)
 * @param projectionCompound the value at the target year if compound growth goes on, capped at the ceiling
 * @param projectionLinear the value at the target year if the average annual change goes on, capped
 * @param limitCoefficient the factor C ≤ 1 the trend thresholds were scaled by (1 without ceiling)
 * @param firstMetYear the first year from which the target has been met in every observed year up to t
 * @param flags what shaped the result (iterated in declared order)
 * @param alternatives the outcome with each alternative baseline
 */
public record ProgressResult(Status status, int year, int baselineYear, double baselineValue, int latestYear,
    double latestValue, OptionalInt previousYear, double previousValue, GrowthModel growth,
    double actualGrowth, double requiredGrowth, double ratio, double distanceShare, double timeShare,
    double projectionCompound, double projectionLinear, double limitCoefficient, OptionalInt firstMetYear,
    Set<ProgressFlag> flags, List<Alternative> alternatives) {

  /**
   * The outcome with an alternative baseline.
   *
   * @param baselineValue the alternative baseline value
   * @param source the document that prints it
   * @param status the status it gives
   * @param ratio the R it gives (NaN where R is undefined)
   */
  public record Alternative(double baselineValue, String source, Status status, double ratio) {
    public Alternative {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(status, "status");
    }
  }

  public ProgressResult {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(previousYear, "previousYear");
    Objects.requireNonNull(growth, "growth");
    Objects.requireNonNull(firstMetYear, "firstMetYear");
    EnumSet<ProgressFlag> ordered = EnumSet.noneOf(ProgressFlag.class);
    ordered.addAll(flags);
    flags = Collections.unmodifiableSet(ordered);
    alternatives = List.copyOf(alternatives);
  }

  /** Returns whether the result carries a flag. */
  public boolean has(ProgressFlag flag) {
    return flags.contains(flag);
  }

}
