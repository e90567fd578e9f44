package org.ipindex.core.normalise;

import static java.lang.Double.NaN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.ipindex.core.model.Direction.NEGATIVE;
import static org.ipindex.core.model.Direction.POSITIVE;
import static org.ipindex.core.normalise.Inputs.params;
import static org.ipindex.core.normalise.Inputs.withTarget;

import java.util.Map;
import org.ipindex.core.build.Params;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Direction;
import org.ipindex.core.model.ProblemCode;
import org.junit.jupiter.api.Test;

class DistanceToTargetTest {
  private final DistanceToTarget capped = new DistanceToTarget(true);
  private final DistanceToTarget uncapped = new DistanceToTarget(false);

  @Test
  void measures_from_the_minimum_to_the_target() {
    // min 2, target 6: (x − 2)/4; 10 is past the target
    assertThat(uncapped.apply(withTarget(6, POSITIVE, 2, 4, 6, 10))).containsExactly(0, 0.5, 1, 2);
  }

  @Test
  void caps_scores_past_the_target_at_1() {
    assertThat(capped.apply(withTarget(6, POSITIVE, 2, 4, 6, 10))).containsExactly(0, 0.5, 1, 1);
  }

  @Test
  void measures_from_the_maximum_down_to_a_low_target_for_negative_indicators() {
    // max 10, target 4: (10 − x)/6; 2 is past (below) the target
    double[] x = {2, 4, 7, 10};
    assertThat(uncapped.apply(withTarget(4, NEGATIVE, x)))
        .containsExactly(new double[] {8.0 / 6, 1, 0.5, 0}, within(1e-15));
    assertThat(capped.apply(withTarget(4, NEGATIVE, x))).containsExactly(1, 1, 0.5, 0);
  }

  @Test
  void handles_direction_itself() {
    assertThat(capped.handlesDirection()).isTrue();
  }

  @Test
  void matches_the_coinr_test_vector() {
    // COINr test-normalise.R: x = 1:10, targ = 8, cap_max = TRUE → min 0, max 1, x >= 8 → 1
    double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    double[] expected = {0, 1.0 / 7, 2.0 / 7, 3.0 / 7, 4.0 / 7, 5.0 / 7, 6.0 / 7, 1, 1, 1};
    assertThat(capped.apply(withTarget(8, POSITIVE, x))).containsExactly(expected, within(1e-15));
  }

  @Test
  void keeps_missing_values_missing() {
    assertThat(capped.apply(withTarget(6, POSITIVE, 2, NaN, 4))).containsExactly(0, NaN, 0.5);
  }

  @Test
  void gives_tied_values_the_same_score() {
    assertThat(capped.apply(withTarget(6, POSITIVE, 2, 4, 4))).containsExactly(0, 0.5, 0.5);
  }

  @Test
  void scores_1_where_every_reference_value_has_reached_the_target() {
    // target 2 equals the minimum, and target 1 lies below it: the scale has no length
    assertThat(uncapped.apply(withTarget(2, POSITIVE, 2, 3))).containsExactly(1, 1);
    assertThat(capped.apply(withTarget(1, POSITIVE, 2, 3))).containsExactly(1, 1);
    assertThat(uncapped.apply(withTarget(10, NEGATIVE, 2, 4))).containsExactly(1, 1);
  }

  @Test
  void scores_0_a_value_short_of_a_target_the_whole_reference_has_reached() {
    double[] reference = {2, 4};
    NormaliserInput in = new NormaliserInput("x", new double[] {0.5, 3}, reference, null, 1, POSITIVE);
    assertThat(capped.apply(in)).containsExactly(0, 1);
  }

  @Test
  void takes_minimum_and_maximum_from_the_reference() {
    // reference min 2, max 10; target 10: (6 − 2)/8 = 0.5; 0 is below the reference and not floored
    double[] reference = {2, 10, NaN};
    NormaliserInput positive = new NormaliserInput("x", new double[] {6, 0}, reference, null, 10, POSITIVE);
    assertThat(capped.apply(positive)).containsExactly(0.5, -0.25);
    // negative, target 2: (10 − 4)/8 = 0.75
    NormaliserInput negative = new NormaliserInput("x", new double[] {4}, reference, null, 2, NEGATIVE);
    assertThat(capped.apply(negative)).containsExactly(0.75);
  }

  @Test
  void gives_nan_without_any_reference_value() {
    double[] reference = {NaN};
    NormaliserInput in = new NormaliserInput("x", new double[] {3}, reference, null, 5, POSITIVE);
    assertThat(capped.apply(in)).containsExactly(NaN);
  }

  @Test
  void rejects_an_indicator_without_a_target() {
    NormaliserInput in = new NormaliserInput("gdp_pc", new double[] {1, 2}, new double[] {1, 2}, null,
        NaN, Direction.POSITIVE);
    assertThatThrownBy(() -> capped.apply(in))
        .isInstanceOfSatisfying(DataException.class,
            e -> assertThat(e.problems().get(0).code()).isEqualTo(ProblemCode.MISSING_DATA))
        .hasMessageContaining("'gdp_pc'").hasMessageContaining("add a target");
  }

  @Test
  void does_not_change_its_input() {
    double[] x = {2, 4, 6, 10};
    capped.apply(withTarget(6, POSITIVE, x));
    capped.apply(withTarget(6, NEGATIVE, x));
    assertThat(x).containsExactly(2, 4, 6, 10);
  }

  @Test
  void is_created_by_the_catalogue_capped_by_default() {
    assertThat(Normalisers.create("distance_to_target", Params.none("test"))).isEqualTo(capped);
    assertThat(Normalisers.create("distance_to_target", params(Map.of("cap", false)))).isEqualTo(uncapped);
    assertThat(Normalisers.create("distance_to_target", params(Map.of("cap", "no")))).isEqualTo(uncapped);
  }

  @Test
  void catalogue_rejects_a_target_given_as_a_parameter() {
    // the target belongs to the indicator in the framework, not to the recipe
    assertThatThrownBy(() -> Normalisers.create("distance_to_target", params(Map.of("target", 5))))
        .isInstanceOf(DataException.class).hasMessageContaining("unknown parameter [target]")
        .hasMessageContaining("[cap]");
  }

  @Test
  void catalogue_rejects_a_cap_that_is_not_true_or_false() {
    assertThatThrownBy(() -> Normalisers.create("distance_to_target", params(Map.of("cap", "maybe"))))
        .isInstanceOf(DataException.class).hasMessageContaining("'cap' must be true or false, got 'maybe'");
  }
}
