package org.ipindex.core.stat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MomentsTest {
  // x = 1, 2, 3, 10: mean 4, deviations −3, −2, −1, 6; Σd² = 50, Σd³ = 180, Σd⁴ = 1394; s² = 50/3.
  private static final double[] oneHigh = {1, 2, 3, 10};

  @Test
  void skew_is_excels_SKEW_worked_by_hand() {
    // n/((n−1)(n−2)) · Σd³/s³ = 4/6 · 180 / (50/3)^1.5 = 3.6·√0.24
    assertThat(Moments.skew(oneHigh)).isCloseTo(3.6 * Math.sqrt(0.24), within(1e-12));
    assertThat(Moments.skew(oneHigh)).isCloseTo(1.7636326148038, within(1e-12));
  }

  @Test
  void kurt_is_excels_KURT_worked_by_hand() {
    // n(n+1)/((n−1)(n−2)(n−3)) · Σd⁴/s⁴ − 3(n−1)²/((n−2)(n−3)) = 20/6 · 1394·9/2500 − 27/2 = 3.228
    assertThat(Moments.kurt(oneHigh)).isCloseTo(3.228, within(1e-12));
  }

  @Test
  void changes_sign_of_skew_when_values_are_mirrored() {
    assertThat(Moments.skew(new double[] {-1, -2, -3, -10})).isCloseTo(-Moments.skew(oneHigh), within(1e-12));
    assertThat(Moments.kurt(new double[] {-1, -2, -3, -10})).isCloseTo(3.228, within(1e-12));
  }

  @Test
  void gives_zero_skew_for_a_symmetric_sample() {
    assertThat(Moments.skew(new double[] {1, 2, 3})).isZero();
  }

  @Test
  void skips_missing_values() {
    double[] withGaps = {Double.NaN, 1, 2, Double.NaN, 3, 10};
    assertThat(Moments.skew(withGaps)).isEqualTo(Moments.skew(oneHigh));
    assertThat(Moments.kurt(withGaps)).isEqualTo(Moments.kurt(oneHigh));
  }

  @Test
  void is_undefined_for_too_few_values() {
    assertThat(Moments.skew(new double[] {1, 2, Double.NaN})).isNaN();
    assertThat(Moments.kurt(new double[] {1, 2, 5})).isNaN();
    assertThat(Moments.skew(new double[0])).isNaN();
  }

  @Test
  void is_undefined_when_all_values_are_equal() {
    assertThat(Moments.skew(new double[] {4, 4, 4, 4})).isNaN();
    assertThat(Moments.kurt(new double[] {4, 4, 4, 4})).isNaN();
  }
}
