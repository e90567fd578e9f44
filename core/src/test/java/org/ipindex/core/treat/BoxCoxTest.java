package org.ipindex.core.treat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.ipindex.core.model.DataException;
import org.junit.jupiter.api.Test;

class BoxCoxTest {
  @Test
  void shifts_the_minimum_to_one_then_applies_the_power() {
    // x − min + 1 = 1, 4, 9; (y^0.5 − 1)/0.5 = 0, 2, 4
    Treatment t = new BoxCox(0.5, true).apply("x", new double[] {-3, 0, 5});

    assertThat(t.values()).containsExactly(new double[] {0, 2, 4}, within(1e-15));
    assertThat(t.points()).containsOnly("boxcox");
  }

  @Test
  void shifts_whatever_the_minimum() {
    // min 3: 3, 6 → 1, 4 → 0, 2
    assertThat(new BoxCox(0.5, true).apply("x", new double[] {3, 6}).values())
        .containsExactly(new double[] {0, 2}, within(1e-15));
  }

  @Test
  void takes_the_natural_log_when_lambda_is_zero() {
    assertThat(new BoxCox(0, false).apply("x", new double[] {1, Math.E}).values())
        .containsExactly(new double[] {0, 1}, within(1e-15));
  }

  @Test
  void keeps_missing_values_missing() {
    Treatment t = new BoxCox(2, true).apply("x", new double[] {Double.NaN, 0, 1});

    assertThat(t.values()[0]).isNaN();
    assertThat(t.points()[0]).isNull();
    assertThat(t.values()[2]).isCloseTo((4 - 1) / 2.0, within(1e-15));
  }

  @Test
  void rejects_non_positive_values_without_shift() {
    assertThatThrownBy(() -> new BoxCox(0.5, false).apply("gdp", new double[] {1, 0}))
        .isInstanceOf(DataException.class).hasMessageContaining("'gdp' has 0.0")
        .hasMessageContaining("shift: true");
  }

  @Test
  void rejects_a_lambda_that_is_not_finite() {
    assertThatThrownBy(() -> new BoxCox(Double.NaN, true)).isInstanceOf(IllegalArgumentException.class);
  }
}
