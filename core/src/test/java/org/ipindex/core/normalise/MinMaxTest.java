package org.ipindex.core.normalise;

import static java.lang.Double.NaN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ipindex.core.normalise.Inputs.against;
import static org.ipindex.core.normalise.Inputs.params;
import static org.ipindex.core.normalise.Inputs.values;

import java.util.Map;
import org.ipindex.core.build.Params;
import org.ipindex.core.model.DataException;
import org.junit.jupiter.api.Test;

class MinMaxTest {
  private final MinMax zeroToHundred = new MinMax(0, 100);

  @Test
  void rescales_onto_requested_bounds() {
    assertThat(zeroToHundred.apply(values(2, 4, 6, 3))).containsExactly(0, 50, 100, 25);
    assertThat(new MinMax(1, 11).apply(values(0, 5, 10))).containsExactly(1, 6, 11);
  }

  @Test
  void keeps_missing_values_missing() {
    assertThat(zeroToHundred.apply(values(2, NaN, 6))).containsExactly(0, NaN, 100);
  }

  @Test
  void gives_tied_values_the_same_score() {
    assertThat(zeroToHundred.apply(values(2, 2, 6))).containsExactly(0, 0, 100);
  }

  @Test
  void gives_the_midpoint_when_all_values_are_equal() {
    assertThat(zeroToHundred.apply(values(7, NaN, 7))).containsExactly(50, NaN, 50);
  }

  @Test
  void takes_minimum_and_maximum_from_the_reference() {
    double[] pooled = {0, 10, NaN};
    assertThat(zeroToHundred.apply(against(pooled, 5, 12))).containsExactly(50, 120);
  }

  @Test
  void rejects_bounds_out_of_order() {
    assertThatThrownBy(() -> new MinMax(100, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lower < upper, got [100.0, 0.0]");
  }

  @Test
  void is_created_by_the_catalogue_with_defaults_0_and_100() {
    assertThat(Normalisers.create("minmax", Params.none("test"))).isEqualTo(zeroToHundred);
    assertThat(Normalisers.create("minmax", params(Map.of("lower", 1)))).isEqualTo(new MinMax(1, 100));
  }

  @Test
  void catalogue_rejects_an_unknown_parameter_by_name() {
    assertThatThrownBy(() -> Normalisers.create("minmax", params(Map.of("l_u", 1))))
        .isInstanceOf(DataException.class).hasMessageContaining("unknown parameter [l_u]");
  }
}
