package org.ipindex.core.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.ipindex.core.aggregate.ArithmeticMean;
import org.ipindex.core.aggregate.GeometricMean;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Panel;
import org.ipindex.core.normalise.MinMax;
import org.ipindex.core.result.Results;
import org.ipindex.core.testkit.ExamplePanel;
import org.junit.jupiter.api.Test;

/** The whole build on the example panel, with every number worked out by hand in the comments. */
class BuildTest {
  private static final double EPS = 1e-12;

  static Build minmaxArithmetic() {
    return Build.start(ExamplePanel.panel(), ExamplePanel.framework())
        .apply(new Normalise(new MinMax(0, 100), new BoundsScope.PerYear()))
        .apply(new Aggregate(PerGroup.of(new AggregationRule(new ArithmeticMean(), 0, 0))));
  }

  @Test
  void normalises_with_direction_and_aggregates_with_framework_weights() {
    Results r = minmaxArithmetic().results();
    // B is smaller-is-better: 2022 values 20, 22, 24, 30 → 100, 80, 60, 0
    assertThat(r.score("JS", "B", 2022)).isCloseTo(80, within(EPS));
    // P1 = (A + B) / 2; JS: (66.667 + 80) / 2 = 73.333
    assertThat(r.score("JS", "P1", 2022)).isCloseTo((200.0 / 3 + 80) / 2, within(EPS));
    // IDX = 0.25·P1 + 0.75·P2 (framework weights 1 and 3); JS: 0.25·73.333 + 0.75·67.778 = 69.1667
    double p2 = (500.0 / 9 + 80) / 2;
    assertThat(r.score("JS", "IDX", 2022)).isCloseTo(0.25 * (200.0 / 3 + 80) / 2 + 0.75 * p2, within(EPS));
    assertThat(r.rank("GD", "IDX", 2022)).isEqualTo(1);
    assertThat(r.rank("XZ", "IDX", 2022)).isEqualTo(4);
  }

  @Test
  void skips_a_missing_indicator_rescales_weights_and_reports_lower_coverage() {
    Results r = minmaxArithmetic().results();
    // ZJ has no C in 2023: P2 = D alone = 100·(79 − 71)/(82 − 71)
    assertThat(r.score("ZJ", "P2", 2023)).isCloseTo(800.0 / 11, within(EPS));
    assertThat(r.coverage("ZJ", "P2", 2023)).isEqualTo(0.5);
    assertThat(r.coverage("ZJ", "IDX", 2023)).isCloseTo(0.25 + 0.75 * 0.5, within(EPS));
    assertThat(r.coverage("GD", "IDX", 2023)).isEqualTo(1);
  }

  @Test
  void an_availability_threshold_turns_low_coverage_into_missing() {
    Results r = Build.start(ExamplePanel.panel(), ExamplePanel.framework())
        .apply(new Normalise(new MinMax(0, 100), new BoundsScope.PerYear()))
        .apply(new Aggregate(PerGroup.of(new AggregationRule(new ArithmeticMean(), 0.75, 0))))
        .results();
    assertThat(r.score("ZJ", "P2", 2023)).isNaN();
    assertThat(r.rank("ZJ", "P2", 2023)).isNaN();
    assertThat(r.score("JS", "P2", 2023)).isNotNaN();
  }

  @Test
  void changes_are_in_points_and_percent_against_the_year_before() {
    Results r = minmaxArithmetic().results();
    double before = r.score("JS", "IDX", 2022);
    double after = r.score("JS", "IDX", 2023);
    assertThat(r.change("JS", "IDX", 2023)).isCloseTo(after - before, within(EPS));
    assertThat(r.changePercent("JS", "IDX", 2023)).isCloseTo((after - before) / before * 100, within(EPS));
    assertThat(r.change("JS", "IDX", 2022)).isNaN();
  }

  @Test
  void contributions_add_up_to_the_change_under_arithmetic_aggregation() {
    Results r = minmaxArithmetic().results();
    var b = r.breakdown("JS", "IDX", 2023);
    double sum = b.contributions().stream().mapToDouble(c -> c.contribution()).sum();
    assertThat(sum).isCloseTo(b.total(), within(1e-9));
    assertThat(b.residual()).isCloseTo(0, within(1e-9));
    // effective weight of A in the index: 0.25 (P1) × 0.5 (A within P1)
    assertThat(b.contributions()).filteredOn(c -> c.indicatorCode().equals("A"))
        .singleElement().satisfies(c -> assertThat(c.weight()).isCloseTo(0.125, within(EPS)));
  }

  @Test
  void a_recipe_replays_to_identical_results() {
    Build built = minmaxArithmetic();
    Recipe recipe = built.recipe();
    assertThat(recipe.steps()).extracting(StepSpec::verb).containsExactly("normalise", "aggregate");
    assertThat(recipe.steps().get(0).params().values())
        .containsEntry("method", "minmax").containsEntry("lower", 0.0).containsEntry("bounds", "per_year");
    Build again = Build.replay(ExamplePanel.panel(), ExamplePanel.framework(), recipe);
    assertThat(again.results().rows()).isEqualTo(built.results().rows());
  }

  @Test
  void an_edited_recipe_is_a_variant() {
    Recipe recipe = minmaxArithmetic().recipe();
    Recipe variant = recipe.withStep(0, recipe.steps().get(0).with("upper", 10.0));
    Results r = Build.replay(ExamplePanel.panel(), ExamplePanel.framework(), variant).results();
    assertThat(r.score("GD", "A", 2022)).isEqualTo(10);
  }

  @Test
  void keeps_every_dataset_and_logs_every_step() {
    Build b = minmaxArithmetic();
    assertThat(b.datasets().keySet()).containsExactly("raw", "normalised", "aggregated");
    assertThat(b.log()).hasSize(2);
    assertThat(b.log().get(0).notes()).containsExactly("normalised by minmax, bounds per_year");
    Panel raw = b.dataset("raw");
    assertThat(raw.value("GD", "A", 2022)).isEqualTo(40);
  }

  @Test
  void pooled_bounds_make_years_comparable() {
    Results r = Build.start(ExamplePanel.panel(), ExamplePanel.framework())
        .apply(new Normalise(new MinMax(0, 100), new BoundsScope.Pooled()))
        .apply(new Aggregate(PerGroup.of(new AggregationRule(new ArithmeticMean(), 0, 0))))
        .results();
    // A over both years: min 10, max 50; GD 2022 = 40 → 75
    assertThat(r.score("GD", "A", 2022)).isCloseTo(75, within(EPS));
    assertThat(r.score("GD", "A", 2023)).isCloseTo(100, within(EPS));
  }

  @Test
  void per_group_rules_override_per_level_rules_which_override_the_default() {
    PerGroup<AggregationRule> rules = new PerGroup<>(
        new AggregationRule(new ArithmeticMean(), 0, 0),
        Map.of(2, new AggregationRule(new GeometricMean(), 0, 0)),
        Map.of("P1", new AggregationRule(new ArithmeticMean(), 0, 0)));
    Results r = Build.start(ExamplePanel.panel(), ExamplePanel.framework())
        .apply(new Normalise(new MinMax(1, 100), new BoundsScope.PerYear()))
        .apply(new Aggregate(rules))
        .results();
    double a = r.score("JS", "C", 2022);
    double d = r.score("JS", "D", 2022);
    assertThat(r.score("JS", "P2", 2022)).isCloseTo(Math.sqrt(a * d), within(EPS));
    assertThat(r.score("JS", "P1", 2022))
        .isCloseTo((r.score("JS", "A", 2022) + r.score("JS", "B", 2022)) / 2, within(EPS));
  }

  @Test
  void geometric_mean_of_a_zero_names_the_unit_the_indicator_and_a_fix() {
    Build b = Build.start(ExamplePanel.panel(), ExamplePanel.framework())
        .apply(new Normalise(new MinMax(0, 100), new BoundsScope.PerYear()));
    assertThatThrownBy(() -> b.apply(new Aggregate(PerGroup.of(new AggregationRule(new GeometricMean(), 0, 0)))))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("Geometric mean needs positive values, but 'A' is 0.0 for unit 'XZ' in 2022")
        .hasMessageContaining("minmax with lower: 1");
  }

  @Test
  void a_panel_without_any_framework_indicator_is_refused() {
    Panel other = Panel.builder(List.of("a"), List.of("zz"), new int[] {2020}).build();
    assertThatThrownBy(() -> Build.start(other, ExamplePanel.framework()))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("hold none of the 4 indicators");
  }

  @Test
  void results_are_only_available_after_aggregation() {
    Build b = Build.start(ExamplePanel.panel(), ExamplePanel.framework());
    assertThatThrownBy(b::results).isInstanceOf(IllegalStateException.class).hasMessageContaining("no aggregate step");
  }
}
