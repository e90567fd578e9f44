package org.ipindex.core.weight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ipindex.core.build.Params;
import org.ipindex.core.build.StepSpec;
import org.ipindex.core.build.Steps;
import org.ipindex.core.build.Weigh;
import org.ipindex.core.model.DataException;
import org.junit.jupiter.api.Test;

class GivenWeightsTest {
  @Test
  void rescales_the_given_numbers_to_sum_to_one_among_siblings() {
    // 1, 3, 4 → 1/8, 3/8, 4/8
    double[] w = new GivenWeights(Map.of("A", 1.0, "B", 3.0, "C", 4.0)).weights(Groups.of("A", "B", "C"));

    assertThat(w).containsExactly(0.125, 0.375, 0.5);
  }

  @Test
  void ignores_codes_that_are_not_children_of_the_group() {
    double[] w = new GivenWeights(Map.of("A", 2.0, "B", 2.0, "X", 100.0)).weights(Groups.of("A", "B"));

    assertThat(w).containsExactly(0.5, 0.5);
  }

  @Test
  void rejects_a_child_without_a_weight() {
    assertThatThrownBy(() -> new GivenWeights(Map.of("A", 1.0)).weights(Groups.of("A", "B")))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("no weight for 'B', a child of 'G'");
  }

  @Test
  void rejects_negative_weights_and_all_zero_weights() {
    assertThatThrownBy(() -> new GivenWeights(Map.of("A", -1.0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'A'");
    assertThatThrownBy(() -> new GivenWeights(Map.of("A", 0.0, "B", 0.0)).weights(Groups.of("A", "B")))
        .isInstanceOf(DataException.class).hasMessageContaining("are 0");
  }

  @Test
  void is_read_from_a_recipe_step_and_written_back_the_same() {
    Map<String, Object> weights = new LinkedHashMap<>();
    weights.put("A", 1);
    weights.put("B", 0.5);
    StepSpec spec = new StepSpec("weight", new Params("test", Map.of("method", "given", "weights", weights)));

    Weigh step = (Weigh) Steps.resolve(spec, 1);

    assertThat(step.weighters().fallback()).isEqualTo(new GivenWeights(Map.of("A", 1.0, "B", 0.5)));
    assertThat(Steps.resolve(step.spec(), 1)).isEqualTo(step);
    assertThat(Weighters.names()).contains("given");
  }

  @Test
  void needs_weights() {
    StepSpec spec = new StepSpec("weight", new Params("test", Map.of("method", "given")));

    assertThatThrownBy(() -> Steps.resolve(spec, 1)).isInstanceOf(DataException.class)
        .hasMessageContaining("needs weights");
  }
}
