package org.ipindex.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.ipindex.core.build.Recipe;
import org.ipindex.core.build.StepSpec;
import org.ipindex.core.impute.Imputers;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Node;
import org.ipindex.core.model.Panel;
import org.ipindex.core.normalise.Normalisers;
import org.ipindex.core.treat.Treaters;
import org.ipindex.core.weight.Weighters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shortcuts of {@link Replayer} are exact for every method they are taken for: with each
 * indicator-local method in the prefix, runs that leave indicators out and perturb weights give what
 * replaying each variant gives, bit for bit.
 */
class ShortcutsTest {
  private static final Framework FRAMEWORK = Fixtures.framework();
  private static final Panel PANEL = Fixtures.panel(21);

  record Case(String verb, Map<String, Object> params) {
    @Override
    public String toString() {
      return verb + " " + params;
    }
  }

  static Stream<Case> indicatorLocalMethods() {
    List<Case> cases = new ArrayList<>();
    for (String m : RecipeSplit.INDICATOR_LOCAL.get("impute")) {
      cases.add(new Case("impute",
          m.startsWith("group") ? Map.of("method", m, "grouping", "area") : Map.of("method", m)));
    }
    for (String m : RecipeSplit.INDICATOR_LOCAL.get("treat")) {
      cases.add(new Case("treat", Map.of("method", m)));
    }
    for (String m : RecipeSplit.INDICATOR_LOCAL.get("normalise")) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("method", m);
      switch (m) {
        case "base_year_index" -> p.put("base_year", 2020);
        case "goalposts" -> p.putAll(Map.of("lower", 0, "upper", 20));
        default -> p.put("bounds", "pooled");
      }
      if (!m.equals("distance_to_target")) {
        cases.add(new Case("normalise", p));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("indicatorLocalMethods")
  void leaving_out_indicators_with_a_shared_prefix_equals_replaying(Case c) {
    List<StepSpec> steps = new ArrayList<>(List.of(
        Fixtures.step("impute", Map.of("method", "carry_forward")),
        Fixtures.step("normalise", Map.of("method", "minmax", "bounds", "pooled")),
        Fixtures.step("weight", Map.of("method", "framework")),
        Fixtures.step("aggregate", Map.of("method", "arithmetic"))));
    if (c.verb().equals("treat")) {
      steps.add(1, Fixtures.step("treat", c.params()));
    } else {
      steps.set(c.verb().equals("impute") ? 0 : 1, Fixtures.step(c.verb(), c.params()));
    }
    Recipe recipe = new Recipe("shortcut", 0, steps);
    Experiment e = Experiment.of(PANEL, FRAMEWORK, recipe, null, new int[] {2022, 2023}, List.of(
        new WeightNoise("weights", List.of(1, 2), List.of(), 0.4),
        new IndicatorExclusion("indicators", FRAMEWORK.indicators().stream().map(Node::code).toList())));
    assertThat(RecipeSplit.of(recipe).indicatorLocal(recipe)).isTrue();
    SplittableRandom random = new SplittableRandom(c.toString().hashCode());
    for (int run = 0; run < 12; run++) {
      double[] point = new double[e.dimensions()];
      for (int j = 0; j < point.length; j++) {
        point[j] = random.nextDouble();
      }
      assertThat(e.evaluate(point)).as(e.describe(point)).isEqualTo(Slow.outcome(e, e.variant(point)));
    }
  }

  @Test
  void every_method_named_by_a_shortcut_is_in_its_catalogue() {
    assertThat(Imputers.names()).containsAll(RecipeSplit.INDICATOR_LOCAL.get("impute"));
    assertThat(Treaters.names()).containsAll(RecipeSplit.INDICATOR_LOCAL.get("treat"));
    assertThat(Normalisers.names()).containsAll(RecipeSplit.INDICATOR_LOCAL.get("normalise"));
    assertThat(Weighters.names()).containsAll(RecipeSplit.YEAR_LOCAL_WEIGHTERS);
  }

  @Test
  void a_method_not_on_the_lists_takes_the_slow_path() {
    Recipe entropy = Fixtures.regional().withStep(2, Fixtures.step("weight", Map.of("method", "entropy")));
    Recipe unknown = Fixtures.regional().withStep(0, Fixtures.step("impute", Map.of("method", "some_future_method")));

    assertThat(RecipeSplit.yearLocal(List.of(org.ipindex.core.build.Steps.resolve(entropy.steps().get(2), 3))))
        .isFalse();
    assertThat(RecipeSplit.of(unknown).indicatorLocal(unknown)).isFalse();
  }

  @Test
  void a_dataset_step_after_the_aggregation_keeps_the_whole_recipe_together() {
    Recipe after = Fixtures.regional().plus(Fixtures.step("normalise", Map.of("method", "minmax")));

    assertThat(RecipeSplit.of(after).splittable).isFalse();
    Experiment e = Experiment.of(PANEL, FRAMEWORK, after, null, new int[0], List.of(
        new WeightNoise("weights", List.of(3), List.of(), 0.3),
        new IndicatorExclusion("indicators", List.of("I01", "I08"))));
    for (double u : new double[] {0.1, 0.5, 0.9}) {
      double[] point = {u, 1 - u, u / 2, u};
      assertThat(e.evaluate(point)).isEqualTo(Slow.outcome(e, e.variant(point)));
    }
  }
}
