package org.ipindex.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberTextTest {
  @Test
  void writes_whole_numbers_without_decimals() {
    assertThat(NumberText.of(60.0)).isEqualTo("60");
    assertThat(NumberText.of(100)).isEqualTo("100");
    assertThat(NumberText.of(-3)).isEqualTo("-3");
  }

  @Test
  void writes_small_and_large_normal_magnitudes_without_exponent() {
    assertThat(NumberText.of(1e-5)).isEqualTo("0.00001");
    assertThat(NumberText.of(1.5e-7)).isEqualTo("0.00000015");
    assertThat(NumberText.of(123456789012.5)).isEqualTo("123456789012.5");
    assertThat(NumberText.of(0.1 + 0.2)).isEqualTo("0.30000000000000004");
  }

  @Test
  void writes_extreme_magnitudes_with_exponent() {
    assertThat(NumberText.of(1e20)).isEqualTo("1.0E20");
    assertThat(NumberText.of(-5.551115123125783E-17)).isEqualTo("-5.551115123125783E-17");
  }

  @Test
  void writes_missing_as_empty_and_keeps_the_sign_of_zero() {
    assertThat(NumberText.of(Double.NaN)).isEmpty();
    assertThat(NumberText.of(0.0)).isEqualTo("0");
    assertThat(NumberText.of(-0.0)).isEqualTo("-0");
  }

  @Test
  void parses_back_to_exactly_the_same_double() {
    java.util.Random random = new java.util.Random(42);
    for (int i = 0; i < 100_000; i++) {
      double x = switch (i % 4) {
        case 0 -> random.nextDouble() * 100;
        case 1 -> random.nextGaussian() * 1e6;
        case 2 -> Double.longBitsToDouble(random.nextLong());
        default -> Math.round(random.nextDouble() * 1e4) / 100.0;
      };
      if (Double.isNaN(x)) {
        continue;
      }
      assertThat(Double.valueOf(Double.parseDouble(NumberText.of(x)))).as("x = %s", x).isEqualTo(Double.valueOf(x));
    }
  }
}
