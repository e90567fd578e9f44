package org.ipindex.core.normalise;

import static java.lang.Double.NaN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.ipindex.core.normalise.Inputs.against;
import static org.ipindex.core.normalise.Inputs.params;
import static org.ipindex.core.normalise.Inputs.values;

import java.util.Map;
import org.ipindex.core.build.Params;
import org.ipindex.core.model.DataException;
import org.junit.jupiter.api.Test;

class DistanceToMaxTest {
  private final DistanceToMax dist = new DistanceToMax();

  @Test
  void scores_the_maximum_1_and_the_minimum_0() {
    // 1 − (4 − 0)/4 = 0, 1 − (4 − 1)/4 = 0.25, 1 − 0/4 = 1
    assertThat(dist.apply(values(0, 1, 4))).containsExactly(0, 0.25, 1);
  }

  @Test
  void keeps_missing_values_missing() {
    assertThat(dist.apply(values(2, NaN, 4, 6))).containsExactly(0, NaN, 0.5, 1);
  }

  @Test
  void gives_tied_values_the_same_score() {
    assertThat(dist.apply(values(2, 2, 6))).containsExactly(0, 0, 1);
  }

  @Test
  void gives_the_midpoint_when_all_values_are_equal() {
    assertThat(dist.apply(values(3, NaN, 3))).containsExactly(0.5, NaN, 0.5);
  }

  @Test
  void takes_minimum_and_maximum_from_the_reference() {
    // reference min 0, max 10: 1 − (10 − 4)/10 = 0.4, 1 − (10 − 5)/10 = 0.5
    double[] pooled = {0, 10, NaN};
    assertThat(dist.apply(against(pooled, 4, 5))).containsExactly(new double[] {0.4, 0.5}, within(1e-15));
  }

  @Test
  void does_not_change_its_input() {
    double[] x = {0, 1, 4};
    dist.apply(values(x));
    assertThat(x).containsExactly(0, 1, 4);
  }

  @Test
  void is_created_by_the_catalogue() {
    assertThat(Normalisers.create("distance_to_max", Params.none("test"))).isEqualTo(new DistanceToMax());
  }

  @Test
  void catalogue_rejects_an_unknown_parameter_by_name() {
    assertThatThrownBy(() -> Normalisers.create("distance_to_max", params(Map.of("max", 1))))
        .isInstanceOf(DataException.class).hasMessageContaining("unknown parameter [max]");
  }
}
