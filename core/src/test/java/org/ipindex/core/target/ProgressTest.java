package org.ipindex.core.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.ipindex.core.model.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The method on hand-made cases, each number written out as a hand calculation. */
class ProgressTest {
  private static final Progress P = Progress.DEFAULTS;

  private static Target target(Direction direction, Comparison comparison, int baselineYear, double baseline,
      int targetYear, double goal, double ceiling) {
    return new Target("test", "x", "指标", "indicator", "个", "units", direction, comparison, baselineYear, baseline,
        targetYear, goal, ceiling, "hand-made", "", List.of(), "");
  }

  private static Target more(int baselineYear, double baseline, int targetYear, double goal) {
    return target(Direction.POSITIVE, Comparison.REACH, baselineYear, baseline, targetYear, goal, Double.NaN);
  }

  private static Target less(int baselineYear, double baseline, int targetYear, double goal) {
    return target(Direction.NEGATIVE, Comparison.REACH, baselineYear, baseline, targetYear, goal, Double.NaN);
  }

  @Test
  void computes_actual_and_required_compound_growth_their_ratio_shares_and_projections() {
    // high-value invention patents per 10,000 people: 6.3 (2020) → 11.8 (2023), target 12 (2025)
    ProgressResult r = P.assess(ChapterOne.HIGH_VALUE_PATENTS,
        ChapterOne.OBSERVED.series("high_value_patents_per_10k"), 2023);

    double actual = Math.pow(11.8 / 6.3, 1.0 / 3) - 1;     // 0.2328
    double required = Math.pow(12 / 6.3, 1.0 / 5) - 1;     // 0.1376
    assertThat(r.growth()).isEqualTo(GrowthModel.COMPOUND);
    assertThat(r.actualGrowth()).isCloseTo(actual, within(1e-15));
    assertThat(r.requiredGrowth()).isCloseTo(required, within(1e-15));
    assertThat(r.ratio()).isCloseTo(actual / required, within(1e-12)).isCloseTo(1.6916, within(1e-4));
    assertThat(r.distanceShare()).isCloseTo((11.8 - 6.3) / (12 - 6.3), within(1e-12));    // 0.965
    assertThat(r.timeShare()).isEqualTo(3 / 5.0);
    assertThat(r.projectionCompound()).isCloseTo(11.8 * Math.pow(1 + actual, 2), within(1e-9)); // 17.93
    assertThat(r.projectionLinear()).isCloseTo(11.8 + 5.5 / 3 * 2, within(1e-9));            // 15.47
    assertThat(r.status()).isEqualTo(Status.ON_TRACK);
    assertThat(r.flags()).isEmpty();
  }

  @ParameterizedTest(name = "R = {0} → {1}")
  @CsvSource({"1.5, ON_TRACK", "0.951, ON_TRACK", "0.949, NEEDS_ACCELERATION", "0.601, NEEDS_ACCELERATION",
      "0.599, LIMITED_PROGRESS", "0.001, LIMITED_PROGRESS", "-0.001, MOVING_AWAY", "-2, MOVING_AWAY"})
  void classifies_by_the_documented_thresholds(double wantedRatio, Status expected) {
    // baseline 100 (2020), target 200 (2030): required r = 2^(1/10) − 1; one year later the value is
    // 100·(1 + R·r), so the actual growth is R·r
    double required = Math.pow(2, 0.1) - 1;
    ProgressResult r = P.assess(more(2020, 100, 2030, 200), Map.of(2021, 100 * (1 + wantedRatio * required)), 2021);

    assertThat(r.ratio()).isCloseTo(wantedRatio, within(1e-9));
    assertThat(r.status()).isEqualTo(expected);
  }

  @Test
  void counts_a_fall_as_progress_when_smaller_is_better() {
    // examination period 22 months (2020) → 18 (2022), target 15 (2025)
    ProgressResult r = P.assess(less(2020, 22, 2025, 15), Map.of(2021, 20.0, 2022, 18.0), 2022);

    double actual = Math.pow(18 / 22.0, 0.5) - 1;          // −0.0955
    double required = Math.pow(15 / 22.0, 0.2) - 1;        // −0.0738
    assertThat(r.ratio()).isCloseTo(-actual / Math.abs(required), within(1e-12)).isCloseTo(1.294, within(1e-3));
    assertThat(r.status()).isEqualTo(Status.ON_TRACK);
    assertThat(r.distanceShare()).isCloseTo(4 / 7.0, within(1e-12));
  }

  @Test
  void meets_a_smaller_is_better_target_at_or_below_it() {
    ProgressResult r = P.assess(less(2023, 16, 2024, 15.5), Map.of(2023, 16.0, 2024, 15.5), 2024);

    assertThat(r.status()).isEqualTo(Status.ACHIEVED);
    assertThat(r.firstMetYear()).hasValue(2024);
  }

  @Test
  void uses_the_latest_earlier_value_when_the_year_has_none_and_says_so() {
    ProgressResult r = P.assess(ChapterOne.PATENT_INTENSIVE, ChapterOne.OBSERVED.series("patent_intensive_share"), 2023);

    assertThat(r.year()).isEqualTo(2023);
    assertThat(r.latestYear()).isEqualTo(2022);
    assertThat(r.latestValue()).isEqualTo(12.71);
    assertThat(r.has(ProgressFlag.LATEST_EARLIER)).isTrue();
    assertThat(r.timeShare()).isEqualTo(2 / 5.0);
  }

  @Test
  void takes_a_missing_baseline_from_the_first_later_observation() {
    // 服判息诉率: 2020 printed '—'; 90.5 (2021), 89.8, 91.9 (2023); target 85
    ProgressResult r = P.assess(ChapterOne.ACCEPTANCE,
        ChapterOne.OBSERVED.series("civil_first_instance_acceptance"), 2023);

    assertThat(r.baselineYear()).isEqualTo(2021);
    assertThat(r.baselineValue()).isEqualTo(90.5);
    assertThat(r.flags()).containsExactly(ProgressFlag.BASELINE_OBSERVED, ProgressFlag.BASELINE_YEAR_SHIFTED,
        ProgressFlag.MET_AT_BASELINE);
    assertThat(r.status()).isEqualTo(Status.ACHIEVED);
    assertThat(r.firstMetYear()).hasValue(2021);
    assertThat(r.distanceShare()).isNaN();
  }

  @Test
  void falls_back_to_linear_growth_when_the_baseline_is_zero() {
    // 0 (2020) → 4 (2022), target 10 (2025): actual 2 a year, required 2 a year, R = 1
    ProgressResult r = P.assess(more(2020, 0, 2025, 10), Map.of(2022, 4.0), 2022);

    assertThat(r.growth()).isEqualTo(GrowthModel.LINEAR);
    assertThat(r.flags()).containsExactly(ProgressFlag.LINEAR_FALLBACK);
    assertThat(r.actualGrowth()).isEqualTo(2.0);
    assertThat(r.requiredGrowth()).isEqualTo(2.0);
    assertThat(r.ratio()).isEqualTo(1.0);
    assertThat(r.status()).isEqualTo(Status.ON_TRACK);
    assertThat(r.projectionLinear()).isEqualTo(10.0);
    assertThat(r.projectionCompound()).isNaN();
  }

  @Test
  void falls_back_to_linear_growth_when_a_value_is_negative() {
    // a balance −10 (2020) → −4 (2022), target 0 (2025): actual +3 a year, required +2 a year, R = 1.5
    ProgressResult r = P.assess(more(2020, -10, 2025, 0), Map.of(2022, -4.0), 2022);

    assertThat(r.has(ProgressFlag.LINEAR_FALLBACK)).isTrue();
    assertThat(r.ratio()).isEqualTo(1.5);
    assertThat(r.status()).isEqualTo(Status.ON_TRACK);
  }

  @Test
  void keeps_a_target_met_at_baseline_achieved_while_it_holds() {
    ProgressResult r = P.assess(less(2020, 15, 2025, 16), Map.of(2022, 15.5), 2022);

    assertThat(r.status()).isEqualTo(Status.ACHIEVED);
    assertThat(r.flags()).containsExactly(ProgressFlag.MET_AT_BASELINE);
    assertThat(r.firstMetYear()).hasValue(2020);
    assertThat(r.distanceShare()).isNaN();
  }

  @Test
  void finds_a_target_met_at_baseline_and_then_lost_moving_away() {
    // 15 months (2020), target 15.5 (2025), 16 months in 2022: the period grows while it should not
    ProgressResult r = P.assess(less(2020, 15, 2025, 15.5), Map.of(2022, 16.0), 2022);

    assertThat(r.has(ProgressFlag.MET_AT_BASELINE)).isTrue();
    assertThat(r.ratio()).isNegative();
    assertThat(r.status()).isEqualTo(Status.MOVING_AWAY);
  }

  @Test
  void finds_a_missed_target_equal_to_the_baseline_moving_away_without_a_ratio() {
    // stable at 4 months: 4 (2023), target 4 (2025), 4.5 in 2024
    Target stable = target(Direction.NEGATIVE, Comparison.STABLE_AT, 2023, 4, 2025, 4, Double.NaN);
    ProgressResult r = P.assess(stable, Map.of(2024, 4.5), 2024);

    assertThat(r.requiredGrowth()).isZero();
    assertThat(r.ratio()).isNaN();
    assertThat(r.has(ProgressFlag.NO_REQUIRED_CHANGE)).isTrue();
    assertThat(r.status()).isEqualTo(Status.MOVING_AWAY);
  }

  @Test
  void finds_a_target_not_achieved_once_its_year_has_come() {
    ProgressResult r = P.assess(more(2020, 100, 2024, 120), Map.of(2024, 118.0), 2025);

    assertThat(r.status()).isEqualTo(Status.NOT_ACHIEVED);
    assertThat(r.projectionCompound()).isNaN();
    assertThat(r.has(ProgressFlag.LATEST_EARLIER)).isTrue();
  }

  @Test
  void caps_projections_at_the_ceiling() {
    // a share 90 % (2020) → 95 % (2022), target 99 % (2025): linear 95 + 2.5·3 = 102.5 → 100
    Target share = target(Direction.POSITIVE, Comparison.REACH, 2020, 90, 2025, 99, 100);
    ProgressResult r = P.assess(share, Map.of(2022, 95.0), 2022);

    assertThat(r.projectionLinear()).isEqualTo(100.0);
    assertThat(r.projectionCompound()).isEqualTo(100.0);
    assertThat(r.has(ProgressFlag.CEILING)).isTrue();
    assertThat(r.status()).isEqualTo(Status.ON_TRACK);
  }

  @Test
  void scales_trend_thresholds_near_a_natural_limit() {
    // satisfaction 82.04 (2023) → 82.36 (2024), no target, out of 100: growth 0.39 % a year;
    // C = 1 − 0.8204^4.44 = 0.585, thresholds 1.5 %·C = 0.88 % and 0.5 %·C = 0.29 %
    Target high = target(Direction.POSITIVE, Comparison.REACH, 2023, 82.04, 2024, Double.NaN, 100);
    Target unlimited = target(Direction.POSITIVE, Comparison.REACH, 2023, 82.04, 2024, Double.NaN, Double.NaN);
    Map<Integer, Double> observed = Map.of(2023, 82.04, 2024, 82.36);

    ProgressResult near = P.assess(high, observed, 2024);
    ProgressResult far = P.assess(unlimited, observed, 2024);

    assertThat(near.actualGrowth()).isCloseTo(82.36 / 82.04 - 1, within(1e-15));
    assertThat(near.limitCoefficient()).isCloseTo(1 - Math.pow(0.8204, 4.44), within(1e-15)).isCloseTo(0.585, within(1e-3));
    assertThat(near.status()).isEqualTo(Status.IMPROVING_SLOWLY);
    assertThat(near.flags()).containsExactly(ProgressFlag.CEILING, ProgressFlag.NO_TARGET);
    assertThat(far.limitCoefficient()).isEqualTo(1.0);
    assertThat(far.status()).isEqualTo(Status.LITTLE_CHANGE);
  }

  @Test
  void scales_thresholds_near_a_minimum_limit_as_open_sdg_does() {
    assertThat(P.limitCoefficient(12, 10)).isCloseTo(1 - Math.pow(0.8, 4.44), within(1e-15));
    assertThat(P.limitCoefficient(25, 10)).isEqualTo(1.0);
    assertThat(P.limitCoefficient(100, 100)).isZero();
    assertThat(P.limitCoefficient(5, Double.NaN)).isEqualTo(1.0);
  }

  @ParameterizedTest(name = "{0} → {1} ({2}) gives {3}")
  @CsvSource({"112, 124, 1, IMPROVING", "100, 101, 1, IMPROVING_SLOWLY", "100, 100.2, 1, LITTLE_CHANGE",
      "100, 100, 1, LITTLE_CHANGE", "100, 99, 1, WORSENING", "16, 15.5, -1, IMPROVING", "16, 16.5, -1, WORSENING",
      "-5, -3, 1, IMPROVING", "0, 0, 1, LITTLE_CHANGE"})
  void judges_the_trend_of_an_indicator_without_target(double baseline, double latest, int direction, Status expected) {
    Target trend = target(Direction.of(direction), Comparison.REACH, 2023, baseline, 2024, Double.NaN, Double.NaN);

    ProgressResult r = P.assess(trend, Map.of(2024, latest), 2024);

    assertThat(r.status()).isEqualTo(expected);
    assertThat(r.has(ProgressFlag.NO_TARGET)).isTrue();
  }

  @Test
  void achieves_with_only_a_baseline_that_meets_the_target_and_cannot_assess_one_that_does_not() {
    ProgressResult met = P.assess(more(2025, 13.5, 2030, 13), Map.of(), 2025);
    ProgressResult unmet = P.assess(more(2025, 12.5, 2030, 13), Map.of(), 2026);

    assertThat(met.status()).isEqualTo(Status.ACHIEVED);
    assertThat(met.flags()).containsExactly(ProgressFlag.MET_AT_BASELINE, ProgressFlag.ONLY_BASELINE);
    assertThat(unmet.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(unmet.flags()).containsExactly(ProgressFlag.LATEST_EARLIER, ProgressFlag.ONLY_BASELINE);
  }

  @Test
  void cannot_assess_without_any_observation() {
    ProgressResult r = P.assess(more(2023, Double.NaN, 2024, 10), Map.of(2022, 75.4), 2024);

    assertThat(r.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(r.flags()).containsExactly(ProgressFlag.NO_OBSERVATION);
    assertThat(r.latestYear()).isZero();
    assertThat(r.latestValue()).isNaN();
  }

  @Test
  void cannot_assess_a_baseline_after_the_assessment_year() {
    ProgressResult r = P.assess(more(2025, 13, 2030, 15), Map.of(2024, 12.0), 2024);

    assertThat(r.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(r.flags()).containsExactly(ProgressFlag.BASELINE_AFTER_YEAR);
  }

  @Test
  void judges_a_completed_target_done_or_not() {
    Target task = target(Direction.POSITIVE, Comparison.COMPLETED, 2023, 0, 2024, 1, Double.NaN);

    assertThat(P.assess(task, Map.of(2024, 1.0), 2024).status()).isEqualTo(Status.ACHIEVED);
    assertThat(P.assess(task, Map.of(2024, 1.0), 2024).firstMetYear()).hasValue(2024);
    assertThat(P.assess(task, Map.of(2024, 0.0), 2024).status()).isEqualTo(Status.NOT_ACHIEVED);
    assertThat(P.assess(task, Map.of(), 2024).status()).isEqualTo(Status.NOT_ASSESSABLE);
  }

  @Test
  void dates_achievement_from_the_start_of_the_latest_run_of_met_values() {
    ProgressResult pledge = P.assess(ChapterOne.PLEDGE, ChapterOne.OBSERVED.series("ip_pledge_financing"), 2023);
    ProgressResult dipped = P.assess(more(2020, 10, 2025, 12), Map.of(2021, 12.5, 2022, 11.0, 2023, 12.2), 2023);

    assertThat(pledge.firstMetYear()).hasValue(2022); // 3098 < 3200 in 2021, 4868.8 in 2022
    assertThat(dipped.firstMetYear()).hasValue(2023);
  }

  @Test
  void ignores_values_after_the_assessment_year_and_nan_values() {
    ProgressResult r = P.assess(more(2020, 10, 2025, 20), Map.of(2021, 11.0, 2022, Double.NaN, 2024, 30.0), 2022);

    assertThat(r.latestYear()).isEqualTo(2021);
    assertThat(r.status()).isNotEqualTo(Status.ACHIEVED);
  }

  @Test
  void prefers_the_target_baseline_to_an_observed_value_of_the_same_year() {
    ProgressResult r = P.assess(more(2020, 6.3, 2025, 12), Map.of(2020, 6.2, 2023, 11.8), 2023);

    assertThat(r.baselineValue()).isEqualTo(6.3);
  }

  @Test
  void assesses_each_alternative_baseline() {
    ProgressResult r = P.assess(ChapterOne.HIGH_VALUE_PATENTS,
        ChapterOne.OBSERVED.series("high_value_patents_per_10k"), 2023);

    double actual = Math.pow(11.8 / 6.2, 1.0 / 3) - 1;
    double required = Math.pow(12 / 6.2, 1.0 / 5) - 1;
    assertThat(r.alternatives()).singleElement().satisfies(a -> {
      assertThat(a.baselineValue()).isEqualTo(6.2);
      assertThat(a.status()).isEqualTo(Status.ON_TRACK);
      assertThat(a.ratio()).isCloseTo(actual / required, within(1e-12));
    });
  }

  @Test
  void rejects_thresholds_out_of_order() {
    assertThatThrownBy(() -> new Progress(0.5, 0.6, 0.015, 0.005, 4.44)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needsAcceleration < onTrack");
    assertThatThrownBy(() -> new Progress(0.95, 0.6, 0.005, 0.005, 4.44)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Progress(0.95, 0.6, 0.015, 0.005, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejects_a_target_year_not_after_the_baseline_year_and_a_target_beyond_the_ceiling() {
    assertThatThrownBy(() -> more(2025, 1, 2025, 2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("target year 2025 must be after baseline year 2025");
    assertThatThrownBy(() -> target(Direction.POSITIVE, Comparison.REACH, 2020, 90, 2025, 101, 100))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ceiling");
  }
}
