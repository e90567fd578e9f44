package org.ipindex.core.stat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StatsTest {
  private static final double NA = Double.NaN;

  @Test
  void skips_missing_values() {
    double[] x = {1, NA, 2, 3, 4};
    assertThat(Stats.count(x)).isEqualTo(4);
    assertThat(Stats.mean(x)).isEqualTo(2.5);
    assertThat(Stats.median(x)).isEqualTo(2.5);
    assertThat(Stats.min(x)).isEqualTo(1);
    assertThat(Stats.max(x)).isEqualTo(4);
    // sample variance of 1..4: ((1.5² + 0.5²)·2)/3 = 5/3
    assertThat(Stats.variance(x)).isCloseTo(5.0 / 3, within(1e-15));
  }

  @Test
  void quantiles_interpolate_between_order_statistics_as_r_type_7() {
    double[] x = {10, 20, 30, 40, 50};
    assertThat(Stats.quantile(x, 0.05)).isCloseTo(12, within(1e-12)); // h = 0.2 → 10 + 0.2·10
    assertThat(Stats.quantile(x, 0.95)).isCloseTo(48, within(1e-12));
  }

  @Test
  void empty_input_gives_missing() {
    assertThat(Stats.mean(new double[] {NA})).isNaN();
    assertThat(Stats.sd(new double[] {1})).isNaN();
    assertThat(Stats.median(new double[0])).isNaN();
  }
}
