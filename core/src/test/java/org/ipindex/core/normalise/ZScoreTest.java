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

class ZScoreTest {
  private final ZScore standard = new ZScore(0, 1);

  @Test
  void standardises_to_mean_0_and_sd_1() {
    // mean 4, sample sd √((4 + 0 + 4)/2) = 2
    assertThat(standard.apply(values(2, 4, 6))).containsExactly(-1, 0, 1);
  }

  @Test
  void uses_requested_mean_and_sd() {
    // 10 + 2·(−1, 0, 1)
    assertThat(new ZScore(10, 2).apply(values(2, 4, 6))).containsExactly(8, 10, 12);
  }

  @Test
  void uses_the_sample_standard_deviation() {
    // mean 2, sample sd √((1 + 1)/1) = √2 (the population sd would be 1 and give ±1)
    assertThat(standard.apply(values(1, 3)))
        .containsExactly(new double[] {-0.7071067811865475, 0.7071067811865475}, within(1e-15));
  }

  @Test
  void keeps_missing_values_missing() {
    assertThat(standard.apply(values(2, NaN, 4, 6))).containsExactly(-1, NaN, 0, 1);
  }

  @Test
  void gives_tied_values_the_same_score() {
    // mean 2, deviations −1, −1, 2, sample variance 6/2 = 3: −1/√3, −1/√3, 2/√3
    assertThat(standard.apply(values(1, 1, 4))).containsExactly(
        new double[] {-0.5773502691896258, -0.5773502691896258, 1.1547005383792517}, within(1e-15));
  }

  @Test
  void gives_the_mean_when_all_values_are_equal() {
    assertThat(standard.apply(values(3, 3, NaN, 3))).containsExactly(0, 0, NaN, 0);
    assertThat(new ZScore(50, 10).apply(values(3, 3))).containsExactly(50, 50);
  }

  @Test
  void gives_the_mean_when_only_one_value_is_present() {
    assertThat(new ZScore(50, 10).apply(values(NaN, 7))).containsExactly(NaN, 50);
  }

  @Test
  void takes_mean_and_sd_from_the_reference() {
    // reference mean 4, sd 2: 8 → (8 − 4)/2 = 2, 3 → −0.5
    double[] pooled = {2, NaN, 4, 6};
    assertThat(standard.apply(against(pooled, 8, 3))).containsExactly(2, -0.5);
  }

  @Test
  void does_not_change_its_input() {
    double[] x = {2, 4, 6};
    standard.apply(values(x));
    assertThat(x).containsExactly(2, 4, 6);
  }

  @Test
  void rejects_an_sd_that_is_not_positive() {
    assertThatThrownBy(() -> new ZScore(0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sd > 0, got 0.0");
    assertThatThrownBy(() -> new ZScore(0, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got -1.0");
  }

  @Test
  void rejects_a_mean_that_is_not_finite() {
    assertThatThrownBy(() -> new ZScore(Double.POSITIVE_INFINITY, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mean, got Infinity");
  }

  @Test
  void is_created_by_the_catalogue_with_defaults_0_and_1() {
    assertThat(Normalisers.create("zscore", Params.none("test"))).isEqualTo(new ZScore(0, 1));
    assertThat(Normalisers.create("zscore", params(Map.of("mean", 10, "sd", 2))))
        .isEqualTo(new ZScore(10, 2));
  }

  @Test
  void catalogue_rejects_an_unknown_parameter_by_name() {
    assertThatThrownBy(() -> Normalisers.create("zscore", params(Map.of("m_sd", 1))))
        .isInstanceOf(DataException.class).hasMessageContaining("unknown parameter [m_sd]")
        .hasMessageContaining("[mean, sd]");
  }
}
