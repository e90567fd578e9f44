package org.ipindex.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExactSumTest {
  @Test
  void keeps_what_a_running_sum_loses() {
    assertThat(ExactSum.of(new double[] {1e100, 1, -1e100})).isEqualTo(1.0);
    double[] tenths = new double[10];
    java.util.Arrays.fill(tenths, 0.1);
    assertThat(ExactSum.of(tenths)).isEqualTo(1.0);
  }

  @Test
  void rounds_half_way_cases_by_what_lies_below() {
    // exactly 1 + 2e-16: nearer to 1 + 2^-52 than to 1, where a running sum stays
    assertThat(ExactSum.of(new double[] {1, 1e-16, 1e-16})).isEqualTo(1.0000000000000002);
    // the 1e-16 tips 1e16 + 1 (half-way between two doubles) upwards
    assertThat(ExactSum.of(new double[] {1e-16, 1, 1e16})).isEqualTo(1.0000000000000002e16);
  }

  @Test
  void is_the_exact_sum_rounded_once_in_any_order() {
    Random random = new Random(20240611);
    for (int trial = 0; trial < 2000; trial++) {
      double[] x = new double[1 + random.nextInt(12)];
      for (int i = 0; i < x.length; i++) {
        x[i] = (random.nextDouble() - 0.3) * Math.pow(10, random.nextInt(9) - 4);
      }
      BigDecimal exact = BigDecimal.ZERO;
      for (double v : x) {
        exact = exact.add(new BigDecimal(v));
      }
      double[] reversed = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        reversed[i] = x[x.length - 1 - i];
      }
      assertThat(ExactSum.of(x)).isEqualTo(exact.doubleValue());
      assertThat(ExactSum.of(reversed)).isEqualTo(exact.doubleValue());
    }
  }

  @Test
  void passes_on_missing_and_infinite_values_and_sums_nothing_to_zero() {
    assertThat(ExactSum.of(new double[0])).isEqualTo(0.0);
    assertThat(ExactSum.of(new double[] {1, Double.NaN})).isNaN();
    assertThat(ExactSum.of(new double[] {1, Double.POSITIVE_INFINITY})).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(ExactSum.of(new double[] {Double.MAX_VALUE, Double.MAX_VALUE})).isEqualTo(Double.POSITIVE_INFINITY);
  }
}
