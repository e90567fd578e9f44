package org.ipindex.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.ipindex.core.build.Build;
import org.ipindex.core.build.Recipe;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Panel;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class ExperimentTest {
  private static final Framework FRAMEWORK = Fixtures.framework();
  private static final Panel PANEL = Fixtures.panel(7);

  /** Every kind of input on the regional recipe; all normalisations positive so geometric means work. */
  static List<UncertainInput> regionalInputs() {
    return List.of(
        new WeightNoise("weights", List.of(2, 3), List.of(), 0.25),
        StepAlternatives.of("normalisation", StepRef.verb("normalise"), List.of(
            Map.of("method", "efficacy", "bounds", "pooled"),
            Map.of("method", "minmax", "lower", 1, "upper", 100, "bounds", "per_year"),
            Map.of("method", "minmax", "lower", 1, "upper", 100, "bounds", "pooled"))),
        StepAlternatives.of("aggregation", StepRef.verb("aggregate"), List.of(
            Map.of("method", "arithmetic"), Map.of("method", "geometric"), Map.of("method", "median"))),
        new ParameterValues("imputation", StepRef.verb("impute"), "max_years", List.of(1, 2, 3)),
        new IndicatorExclusion("indicators", List.of("I01", "I05", "I09", "I14")));
  }

  /** Inputs that take the slow paths: data-driven weights (no year slicing), a continuous range. */
  static List<UncertainInput> coinrInputs() {
    return List.of(
        new ParameterRange("winmax", StepRef.verb("treat"), "winmax", 1, 5, true),
        StepAlternatives.of("weighting", StepRef.verb("weight"), List.of(
            Map.of("method", "framework"), Map.of("method", "entropy"))),
        new ParameterRange("p", StepRef.position(5), "p", 0.5, 2, false),
        new IndicatorExclusion("indicators", List.of("I02", "I07")));
  }

  static Recipe coinrGeneralised() {
    Recipe r = Fixtures.coinrLike();
    return r.withStep(4, Fixtures.step("aggregate", Map.of("method", "generalised", "p", 1)));
  }

  @RepeatedTest(4)
  void a_run_equals_replaying_its_variant(RepetitionInfo repetition) {
    boolean regional = repetition.getCurrentRepetition() % 2 == 1;
    int[] years = repetition.getCurrentRepetition() <= 2 ? new int[0] : new int[] {2021, 2023};
    Experiment e = regional
        ? Experiment.of(PANEL, FRAMEWORK, Fixtures.regional(), null, years, regionalInputs())
        : Experiment.of(PANEL, FRAMEWORK, coinrGeneralised(), "P2", years, coinrInputs());
    SplittableRandom random = new SplittableRandom(repetition.getCurrentRepetition());
    for (int run = 0; run < 60; run++) {
      double[] point = new double[e.dimensions()];
      for (int j = 0; j < point.length; j++) {
        point[j] = random.nextDouble();
      }
      Variant v = e.variant(point);

      assertThat(e.evaluate(point)).as("run %d: %s", run, e.labels(point)).isEqualTo(Slow.outcome(e, v));
    }
  }

  @Test
  void the_nominal_outcome_is_the_nominal_recipe_replayed() {
    Experiment e = Experiment.of(PANEL, FRAMEWORK, Fixtures.regional(), null, new int[0], regionalInputs());

    assertThat(e.nominal()).isEqualTo(Slow.outcome(e, Variant.of(Fixtures.regional())));
    assertThat(e.years()).containsExactly(2023);
    assertThat(e.target()).isEqualTo("IDX");
    assertThat(e.cellCount()).isEqualTo(12);
  }

  @Test
  void runs_give_the_same_outcomes_on_many_threads_in_any_order() {
    Experiment sequential = Experiment.of(PANEL, FRAMEWORK, Fixtures.regional(), null, new int[0], regionalInputs());
    Experiment parallel = Experiment.of(PANEL, FRAMEWORK, Fixtures.regional(), null, new int[0], regionalInputs());
    UncertaintyAnalysis a = UncertaintyAnalysis.of(sequential, Sampler.MONTE_CARLO, 300, 11);
    UncertaintyAnalysis b = UncertaintyAnalysis.of(parallel, Sampler.MONTE_CARLO, 300, 11);

    List<RunOutcome> inOrder = Runs.sequentially(a);
    RunOutcome[] shuffled = new RunOutcome[b.count()];
    IntStream.range(0, b.count()).map(i -> b.count() - 1 - i).parallel().forEach(i -> shuffled[i] = b.run(i));

    assertThat(List.of(shuffled)).isEqualTo(inOrder);
  }

  @Test
  void a_point_picks_each_option_with_equal_width_intervals() {
    Experiment e = Experiment.of(PANEL, FRAMEWORK, Fixtures.regional(), null, new int[0], List.of(
        new ParameterValues("imputation", StepRef.verb("impute"), "max_years", List.of(1, 2, 3)),
        new IndicatorExclusion("indicators", List.of("I01", "I05"))));

    assertThat(e.labels(new double[] {0.0, 0.0})).containsExactly("1", "none");
    assertThat(e.labels(new double[] {0.34, 0.34})).containsExactly("2", "I01");
    assertThat(e.labels(new double[] {0.999, 0.999})).containsExactly("3", "I05");
    Variant v = e.variant(new double[] {0.5, 0.9});
    assertThat(v.excluded()).containsExactly("I05");
    assertThat(v.recipe().steps().get(0).params().values()).containsEntry("max_years", 2);
  }

  @Test
  void weight_noise_multiplies_each_nominal_weight_by_one_plus_or_minus_the_noise() {
    Experiment e = Experiment.of(PANEL, FRAMEWORK, Fixtures.regional(), null, new int[0], List.of(
        new WeightNoise("weights", List.of(3), List.of(), 0.25), // the pillars P1, P2, P3
        new ParameterValues("imputation", StepRef.verb("impute"), "max_years", List.of(1))));

    // u = 0 → × 0.75, u = 1 → × 1.25, u = 0.5 → × 1
    Variant v = e.variant(new double[] {0, 1, 0.5, 0});
    Build b = v.replay(PANEL, FRAMEWORK);

    double p1 = 0.25 * 0.75;
    double p2 = 0.5 * 1.25;
    double p3 = 0.25;
    double sum = p1 + p2 + p3;
    assertThat(b.weights().of("P1")).isEqualTo(p1 / sum);
    assertThat(b.weights().of("P2")).isEqualTo(p2 / sum);
    assertThat(b.weights().of("S3")).isEqualTo(0.5);
    assertThat(e.labels(new double[] {0, 1, 0.5, 0})).containsExactly("P1×0.7500 P2×1.2500 P3×1.0000", "1");
  }

  @Test
  void weight_sets_give_the_weights_of_every_group_they_name() {
    WeightSets sets = new WeightSets("weight set", List.of(
        Map.of("P1", 1.0, "P2", 1.0, "P3", 2.0),
        Map.of("P1", 3.0, "P2", 1.0, "P3", 0.0, "S1", 1.0, "S2", 3.0)), List.of("equalish", "tilted"));
    Experiment e = Experiment.of(PANEL, FRAMEWORK, Fixtures.regional(), null, new int[0],
        List.of(sets, new IndicatorExclusion("indicators", List.of("I03"))));

    Build b = e.variant(new double[] {0.9, 0.9}).replay(PANEL, FRAMEWORK);

    assertThat(b.weights().of("P1")).isEqualTo(0.75);
    assertThat(b.weights().of("P3")).isEqualTo(0.0);
    assertThat(b.weights().of("S2")).isEqualTo(0.75);
    assertThat(b.weights().of("I01")).isEqualTo(0.5); // I03 left out: I01 and I02 share S1
    assertThat(e.labels(new double[] {0.9, 0.9})).containsExactly("tilted", "I03");
  }

  @Test
  void a_recipe_without_a_weight_step_gets_one_before_the_aggregation() {
    Recipe noWeights = new Recipe("no weights", 0, List.of(Fixtures.coinrLike().steps().get(2),
        Fixtures.coinrLike().steps().get(4)));
    Experiment e = Experiment.of(PANEL, FRAMEWORK, noWeights, null, new int[0], List.of(
        new WeightNoise("weights", List.of(), List.of("P1"), 0.5)));

    Variant v = e.variant(new double[] {1});

    assertThat(v.recipe().steps()).extracting(s -> s.verb()).containsExactly("normalise", "weight", "aggregate");
    assertThat(e.evaluate(v)).isEqualTo(Slow.outcome(e, v));
  }

  @Test
  void rejects_what_cannot_be_run() {
    Recipe r = Fixtures.regional();
    assertThatThrownBy(() -> Experiment.of(PANEL, FRAMEWORK, r, "NOPE", new int[0], List.of()))
        .isInstanceOf(DataException.class).hasMessageContaining("'NOPE' is not a node");
    assertThatThrownBy(() -> Experiment.of(PANEL, FRAMEWORK, r, null, new int[] {1999}, List.of()))
        .isInstanceOf(DataException.class).hasMessageContaining("no year 1999");
    assertThatThrownBy(() -> Experiment.of(PANEL, FRAMEWORK, r, null, new int[0],
        List.of(new ParameterValues("x", StepRef.verb("treat"), "winmax", List.of(1)))))
        .isInstanceOf(DataException.class).hasMessageContaining("has no treat step");
    assertThatThrownBy(() -> Experiment.of(PANEL, FRAMEWORK, r, null, new int[0],
        List.of(new IndicatorExclusion("x", List.of("S1")))))
        .isInstanceOf(DataException.class).hasMessageContaining("'S1' is not an indicator");
    assertThatThrownBy(() -> Experiment.of(PANEL, FRAMEWORK, r, null, new int[0], List.of(
        new WeightNoise("a", List.of(2), List.of(), 0.1), new WeightNoise("b", List.of(3), List.of(), 0.1))))
        .isInstanceOf(DataException.class).hasMessageContaining("several inputs set the weights");
    assertThatThrownBy(() -> Experiment.of(PANEL, FRAMEWORK, r, null, new int[0], List.of(
        new ParameterValues("a", StepRef.verb("impute"), "max_years", List.of(1)),
        new ParameterValues("a", StepRef.verb("normalise"), "floor", List.of(50)))))
        .isInstanceOf(DataException.class).hasMessageContaining("two inputs are named 'a'");
    assertThatThrownBy(() -> Experiment.of(PANEL, FRAMEWORK, r, null, new int[0], List.of(
        new WeightSets("w", List.of(Map.of("P1", 1.0)), List.of("1")))))
        .isInstanceOf(DataException.class).hasMessageContaining("but not [P2, P3]");
  }

  @Test
  void leaving_out_the_only_child_of_a_group_is_refused() {
    Framework lonely = Framework.of("lonely", List.of(
        org.ipindex.core.model.Node.group("IDX", null, "", "", Double.NaN),
        org.ipindex.core.model.Node.group("G", "IDX", "", "", 1),
        org.ipindex.core.model.Node.indicator("I01", "G", org.ipindex.core.model.Direction.POSITIVE),
        org.ipindex.core.model.Node.indicator("I02", "IDX", org.ipindex.core.model.Direction.POSITIVE)));

    assertThatThrownBy(() -> Experiment.of(PANEL, lonely, Fixtures.regional(), null, new int[0],
        List.of(new IndicatorExclusion("x", List.of("I01")))))
        .isInstanceOf(DataException.class).hasMessageContaining("leaves group 'G' without indicators");
  }
}
