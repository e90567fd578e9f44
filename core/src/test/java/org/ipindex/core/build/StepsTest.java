package org.ipindex.core.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.ipindex.core.model.DataException;
import org.junit.jupiter.api.Test;

class StepsTest {
  private static StepSpec spec(String verb, Map<String, Object> params) {
    return new StepSpec(verb, new Params("", params));
  }

  @Test
  void resolves_per_level_and_per_group_settings() {
    Step s = Steps.resolve(spec("aggregate", Map.of("method", "arithmetic", "threshold", 0.5,
        "levels", Map.of("3", "geometric"), "groups", Map.of("P1", Map.of("method", "median")))), 3);
    assertThat(s).isInstanceOf(Aggregate.class);
    PerGroup<AggregationRule> rules = ((Aggregate) s).rules();
    assertThat(rules.fallback().threshold()).isEqualTo(0.5);
    assertThat(rules.byLevel().get(3).aggregator().name()).isEqualTo("geometric");
    assertThat(rules.byGroup().get("P1").aggregator().name()).isEqualTo("median");
  }

  @Test
  void names_the_step_and_the_allowed_verbs_for_an_unknown_verb() {
    assertThatThrownBy(() -> Steps.resolve(spec("normalize_all", Map.of()), 2))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("recipe step 2: unknown step 'normalize_all'")
        .hasMessageContaining("aggregate");
  }

  @Test
  void names_the_bad_bounds_and_what_is_allowed() {
    assertThatThrownBy(() -> Steps.resolve(spec("normalise", Map.of("method", "minmax", "bounds", "global")), 1))
        .hasMessageContaining("recipe step 1 (normalise): unknown bounds 'global'; use per_year, pooled");
  }

  @Test
  void a_threshold_outside_zero_to_one_is_refused() {
    assertThatThrownBy(() -> Steps.resolve(spec("aggregate", Map.of("threshold", 80)), 4))
        .hasMessageContaining("threshold must be between 0 and 1, got 80");
  }

  @Test
  void a_spec_survives_resolve_and_describe() {
    StepSpec written = spec("normalise", Map.of("method", "minmax", "lower", 1.0, "upper", 100.0,
        "bounds", "reference_year:2021"));
    StepSpec round = Steps.resolve(written, 1).spec();
    assertThat(round.toMap()).containsAllEntriesOf(written.toMap());
    assertThat(Steps.VERBS).contains(round.verb());
    assertThat(List.of("per_year", "pooled")).doesNotContain(round.params().string("bounds", ""));
  }
}
