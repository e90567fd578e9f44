package org.ipindex.core.normalise;

import static java.lang.Double.NaN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.ipindex.core.model.Direction.NEGATIVE;
import static org.ipindex.core.model.Direction.POSITIVE;
import static org.ipindex.core.normalise.Inputs.against;
import static org.ipindex.core.normalise.Inputs.directed;
import static org.ipindex.core.normalise.Inputs.params;

import java.util.Map;
import org.ipindex.core.build.Params;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.ProblemCode;
import org.junit.jupiter.api.Test;

class GoalpostsTest {
  private final Goalposts zeroToTen = new Goalposts(0, 10, 1, true, false);

  @Test
  void measures_between_the_goalposts() {
    assertThat(zeroToTen.apply(directed(POSITIVE, 0, 2.5, 10))).containsExactly(0, 0.25, 1);
  }

  @Test
  void multiplies_by_the_scale() {
    assertThat(new Goalposts(0, 10, 100, true, false).apply(directed(POSITIVE, 5, 7.5)))
        .containsExactly(50, 75);
  }

  @Test
  void clamps_values_beyond_the_goalposts() {
    assertThat(zeroToTen.apply(directed(POSITIVE, -5, 15))).containsExactly(0, 1);
    assertThat(new Goalposts(0, 10, 100, true, false).apply(directed(POSITIVE, 15))).containsExactly(100);
  }

  @Test
  void lets_values_pass_the_goalposts_without_clamp() {
    assertThat(new Goalposts(0, 10, 1, false, false).apply(directed(POSITIVE, -5, 15)))
        .containsExactly(-0.5, 1.5);
  }

  @Test
  void scores_the_upper_goalpost_0_for_negative_indicators() {
    // (10 − x)/10
    assertThat(zeroToTen.apply(directed(NEGATIVE, 0, 2.5, 10, 15, -5))).containsExactly(1, 0.75, 0, 0, 1);
  }

  @Test
  void handles_direction_itself() {
    assertThat(zeroToTen.handlesDirection()).isTrue();
  }

  @Test
  void scores_income_on_the_log_scale_as_the_human_development_index() {
    // UNDP: (ln x − ln 100)/(ln 75000 − ln 100); 10,000 → ln 100 / ln 750 = 0.6956373505726995
    Goalposts income = new Goalposts(100, 75_000, 1, true, true);
    assertThat(income.apply(directed(POSITIVE, 100, 10_000, 75_000, 120_000, 50)))
        .containsExactly(new double[] {0, 0.6956373505726995, 1, 1, 0}, within(1e-15));
  }

  @Test
  void scores_values_without_a_logarithm_at_the_lower_goalpost_when_clamped() {
    Goalposts income = new Goalposts(100, 75_000, 1, true, true);
    assertThat(income.apply(directed(POSITIVE, 0, -3))).containsExactly(0, 0);
    assertThat(income.apply(directed(NEGATIVE, 0))).containsExactly(1);
  }

  @Test
  void rejects_values_without_a_logarithm_when_not_clamped() {
    Goalposts income = new Goalposts(100, 75_000, 1, false, true);
    NormaliserInput in = new NormaliserInput("gni_pc", new double[] {500, 0}, new double[0], null, NaN,
        POSITIVE);
    assertThatThrownBy(() -> income.apply(in))
        .isInstanceOfSatisfying(DataException.class,
            e -> assertThat(e.problems().get(0).code()).isEqualTo(ProblemCode.NON_POSITIVE_VALUE))
        .hasMessageContaining("'gni_pc' has 0.0").hasMessageContaining("clamp");
  }

  @Test
  void keeps_missing_values_missing() {
    assertThat(zeroToTen.apply(directed(POSITIVE, 5, NaN))).containsExactly(0.5, NaN);
  }

  @Test
  void gives_tied_values_the_same_score() {
    assertThat(zeroToTen.apply(directed(POSITIVE, 4, 4))).containsExactly(0.4, 0.4);
  }

  @Test
  void ignores_the_reference() {
    double[] pooled = {1000, 2000};
    assertThat(zeroToTen.apply(against(pooled, 2.5))).containsExactly(0.25);
  }

  @Test
  void does_not_change_its_input() {
    double[] x = {-5, 2.5, 15};
    zeroToTen.apply(directed(NEGATIVE, x));
    assertThat(x).containsExactly(-5, 2.5, 15);
  }

  @Test
  void rejects_goalposts_out_of_order() {
    assertThatThrownBy(() -> new Goalposts(10, 10, 1, true, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lower < upper, got [10.0, 10.0]");
    assertThatThrownBy(() -> new Goalposts(10, 0, 1, true, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got [10.0, 0.0]");
    assertThatThrownBy(() -> new Goalposts(NaN, 1, 1, true, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got [NaN, 1.0]");
  }

  @Test
  void rejects_a_lower_goalpost_without_a_logarithm() {
    assertThatThrownBy(() -> new Goalposts(0, 75_000, 1, true, true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lower > 0, got lower = 0.0");
  }

  @Test
  void rejects_a_scale_that_is_not_positive() {
    assertThatThrownBy(() -> new Goalposts(0, 1, 0, true, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scale > 0, got 0.0");
  }

  @Test
  void is_created_by_the_catalogue_with_scale_1_clamped_and_unlogged_by_default() {
    assertThat(Normalisers.create("goalposts", params(Map.of("lower", 0, "upper", 10)))).isEqualTo(zeroToTen);
    assertThat(Normalisers.create("goalposts",
        params(Map.of("lower", 100, "upper", 75_000, "scale", 100, "clamp", false, "log", true))))
        .isEqualTo(new Goalposts(100, 75_000, 100, false, true));
  }

  @Test
  void catalogue_requires_both_goalposts() {
    assertThatThrownBy(() -> Normalisers.create("goalposts", Params.none("test")))
        .isInstanceOf(DataException.class).hasMessageContaining("parameter 'lower' is required");
    assertThatThrownBy(() -> Normalisers.create("goalposts", params(Map.of("lower", 0))))
        .isInstanceOf(DataException.class).hasMessageContaining("parameter 'upper' is required");
  }

  @Test
  void catalogue_rejects_an_unknown_parameter_by_name() {
    assertThatThrownBy(() -> Normalisers.create("goalposts", params(Map.of("lower", 0, "upper", 1, "trunc", true))))
        .isInstanceOf(DataException.class).hasMessageContaining("unknown parameter [trunc]")
        .hasMessageContaining("[clamp, log, lower, scale, upper]");
  }
}
