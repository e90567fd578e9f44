package org.ipindex.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.ipindex.core.build.Params;
import org.ipindex.core.model.DataException;
import org.junit.jupiter.api.Test;

class AggregatorsTest {
  private static final double[] X = {1, 2, 4};
  private static final double[] W = {1, 1, 2};

  @Test
  void arithmetic_mean_divides_by_the_weights_used() {
    // (1 + 2 + 8) / 4
    assertThat(new ArithmeticMean().apply(X, W)).isEqualTo(2.75);
  }

  @Test
  void arithmetic_mean_does_not_depend_on_the_order_of_the_children() {
    // Ranks 1, 2, 3 with weights 1/3: a running sum gave 1.9999999999999998 for some orders, so two
    // units with the same ranks in a pillar got different scores and different ranks (COINr: tied).
    double third = 1.0 / 3;
    double[] w = {third, third, third};
    for (double[] x : new double[][] {{1, 2, 3}, {1, 3, 2}, {2, 1, 3}, {2, 3, 1}, {3, 1, 2}, {3, 2, 1}}) {
      assertThat(new ArithmeticMean().apply(x, w)).as("order %s", java.util.Arrays.toString(x)).isEqualTo(2.0);
    }
  }

  @Test
  void arithmetic_mean_rescales_the_weights_first_as_coinr_does() {
    // COINr's a_amean computes sum(w / sum(w) * x): 1/3 is rounded before multiplying, giving
    // 4.666666666666666, where 14 / 3 would round to 4.666666666666667.
    assertThat(new ArithmeticMean().apply(new double[] {1, 2, 11}, new double[] {1, 1, 1}))
        .isEqualTo(4.666666666666666);
  }

  @Test
  void geometric_mean_is_the_weighted_product_root() {
    // (1 · 2 · 4²)^(1/4) = 32^(1/4)
    assertThat(new GeometricMean().apply(X, W)).isCloseTo(Math.pow(32, 0.25), within(1e-14));
  }

  @Test
  void harmonic_mean_is_weight_over_weighted_reciprocals() {
    // 4 / (1 + 1/2 + 2/4) = 4 / 2 = 2
    assertThat(new HarmonicMean().apply(X, W)).isCloseTo(2, within(1e-14));
  }

  @Test
  void generalised_mean_covers_the_classical_means() {
    assertThat(new GeneralisedMean(1).apply(X, W)).isCloseTo(2.75, within(1e-14));
    assertThat(new GeneralisedMean(0).apply(X, W)).isCloseTo(Math.pow(32, 0.25), within(1e-14));
    assertThat(new GeneralisedMean(-1).apply(X, W)).isCloseTo(2, within(1e-14));
    // p = 2: sqrt((1 + 4 + 32) / 4)
    assertThat(new GeneralisedMean(2).apply(X, W)).isCloseTo(Math.sqrt(37.0 / 4), within(1e-14));
  }

  @Test
  void weighted_median_takes_the_value_where_half_the_weight_is_reached() {
    assertThat(new WeightedMedian().apply(new double[] {3, 1, 2}, new double[] {1, 1, 1})).isEqualTo(2);
    assertThat(new WeightedMedian().apply(new double[] {1, 2, 3, 4}, new double[] {1, 1, 1, 1})).isEqualTo(2.5);
    assertThat(new WeightedMedian().apply(new double[] {1, 2, 3}, new double[] {1, 1, 5})).isEqualTo(3);
  }

  @Test
  void catalogue_names_match_the_methods() {
    for (String name : Aggregators.names()) {
      Params p = name.equals("generalised") ? new Params("t", Map.of("p", 2)) : Params.none("t");
      assertThat(Aggregators.create(name, p).name()).isEqualTo(name);
    }
  }

  @Test
  void catalogue_rejects_unknown_methods_and_parameters_with_the_allowed_ones() {
    assertThatThrownBy(() -> Aggregators.create("mean", Params.none("recipe step 4 (aggregate)")))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("recipe step 4 (aggregate): unknown aggregation method 'mean'")
        .hasMessageContaining("arithmetic");
    assertThatThrownBy(() -> Aggregators.create("arithmetic", new Params("s", Map.of("p", 1))))
        .hasMessageContaining("unknown parameter [p]");
  }
}
