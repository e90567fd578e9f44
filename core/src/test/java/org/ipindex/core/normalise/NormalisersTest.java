package org.ipindex.core.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ipindex.core.normalise.Inputs.params;

import java.util.Map;
import org.ipindex.core.build.Describe;
import org.ipindex.core.build.Params;
import org.ipindex.core.model.DataException;
import org.junit.jupiter.api.Test;

class NormalisersTest {
  /** The parameters a method cannot do without; every other method is created from none. */
  private static final Map<String, Map<String, Object>> REQUIRED = Map.of(
      "goalposts", Map.of("lower", 0, "upper", 1),
      "base_year_index", Map.of("base_year", 2015));

  @Test
  void lists_every_method_by_its_stable_name() {
    assertThat(Normalisers.names()).containsExactly(
        "base_year_index", "borda", "distance_to_max", "distance_to_target", "efficacy",
        "fraction_of_max", "goalposts", "minmax", "percentile_rank", "rank", "zscore");
  }

  @Test
  void every_name_creates_a_method_of_that_name() {
    for (String name : Normalisers.names()) {
      Normaliser method = Normalisers.create(name, params(REQUIRED.getOrDefault(name, Map.of())));
      assertThat(method.name()).as(name).isEqualTo(name);
    }
  }

  @Test
  void every_method_is_read_back_from_the_parameters_it_describes() {
    for (String name : Normalisers.names()) {
      Normaliser method = Normalisers.create(name, params(REQUIRED.getOrDefault(name, Map.of())));
      Normaliser again = Normalisers.create(name, params(Describe.params(method)));
      assertThat(again).as(name).isEqualTo(method);
    }
  }

  @Test
  void rejects_an_unknown_method_by_name() {
    assertThatThrownBy(() -> Normalisers.create("softmax", Params.none("recipe step 2")))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("unknown normalisation method 'softmax'")
        .hasMessageContaining("efficacy");
  }
}
