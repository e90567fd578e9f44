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

class EfficacyTest {
  private final Efficacy standard = new Efficacy(60, 40);

  @Test
  void maps_minimum_to_60_and_maximum_to_100() {
    // (2−2)/4·40 + 60 = 60, (4−2)/4·40 + 60 = 80, (6−2)/4·40 + 60 = 100
    assertThat(standard.apply(values(2, 4, 6))).containsExactly(60, 80, 100);
  }

  @Test
  void uses_floor_and_span() {
    // floor 50, span 50: 1 → 50, 3 → 50 + 50·2/4 = 75, 5 → 100
    assertThat(new Efficacy(50, 50).apply(values(1, 3, 5))).containsExactly(50, 75, 100);
  }

  @Test
  void equals_minmax_onto_floor_to_floor_plus_span() {
    double[] x = {3.5, -1, 7.25, 0, 2};
    assertThat(new Efficacy(0, 100).apply(values(x)))
        .containsExactly(new MinMax(0, 100).apply(values(x)), within(1e-12));
  }

  @Test
  void keeps_missing_values_missing() {
    assertThat(standard.apply(values(2, NaN, 6))).containsExactly(60, NaN, 100);
  }

  @Test
  void gives_tied_values_the_same_score() {
    assertThat(standard.apply(values(1, 1, 3))).containsExactly(60, 60, 100);
  }

  @Test
  void gives_the_midpoint_when_all_values_are_equal() {
    assertThat(standard.apply(values(5, NaN, 5))).containsExactly(80, NaN, 80);
  }

  @Test
  void takes_minimum_and_maximum_from_the_reference() {
    // pooled reference min 0, max 8: 2 → 60 + 40·2/8 = 70, 8 → 100, 10 → 60 + 40·10/8 = 110
    double[] pooled = {0, 4, 8, NaN};
    assertThat(standard.apply(against(pooled, 2, 8, 10))).containsExactly(70, 100, 110);
  }

  @Test
  void does_not_change_its_input() {
    double[] x = {2, 4, 6};
    standard.apply(values(x));
    assertThat(x).containsExactly(2, 4, 6);
  }

  @Test
  void rejects_a_span_that_is_not_positive() {
    assertThatThrownBy(() -> new Efficacy(60, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("span > 0, got 0.0");
    assertThatThrownBy(() -> new Efficacy(60, -40))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got -40.0");
  }

  @Test
  void rejects_a_floor_that_is_not_finite() {
    assertThatThrownBy(() -> new Efficacy(Double.NaN, 40))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("floor, got NaN");
  }

  @Test
  void is_created_by_the_catalogue_with_defaults_60_and_40() {
    assertThat(Normalisers.create("efficacy", Params.none("test"))).isEqualTo(new Efficacy(60, 40));
    assertThat(Normalisers.create("efficacy", params(Map.of("floor", 50, "span", "50"))))
        .isEqualTo(new Efficacy(50, 50));
  }

  @Test
  void catalogue_rejects_an_unknown_parameter_by_name() {
    assertThatThrownBy(() -> Normalisers.create("efficacy", params(Map.of("lower", 0))))
        .isInstanceOf(DataException.class).hasMessageContaining("unknown parameter [lower]")
        .hasMessageContaining("[floor, span]");
  }

  @Test
  void catalogue_reports_a_bad_value_as_bad_data() {
    assertThatThrownBy(() -> Normalisers.create("efficacy", params(Map.of("span", 0))))
        .isInstanceOf(DataException.class).hasMessageContaining("span > 0");
  }
}
