package org.ipindex.core.treat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.ipindex.core.treat.LogTransform.Variant;
import org.junit.jupiter.api.Test;

class LogTransformTest {
  private static final double[] zeroToTen = {0, 5, 10}; // range 10, a = 0.1
  private static final double[] oneLow = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, -100}; // skew < 0

  @Test
  void shifts_by_a_hundredth_of_the_range() {
    Treatment t = new LogTransform(Variant.CT).apply("x", zeroToTen);

    assertThat(t.values()).containsExactly(new double[] {Math.log(0.1), Math.log(5.1), Math.log(10.1)},
        within(1e-15));
    assertThat(t.points()).containsOnly("log_CT");
    assertThat(t.details().transform()).isEqualTo("log_CT");
  }

  @Test
  void shifts_by_one_in_the_original_variant() {
    Treatment t = new LogTransform(Variant.ORIG).apply("x", zeroToTen);

    assertThat(t.values()).containsExactly(new double[] {0, Math.log(6), Math.log(11)}, within(1e-15));
    assertThat(t.points()).containsOnly("log_CT_orig");
  }

  @Test
  void mirrors_the_log_for_negative_skew_in_the_plus_variant() {
    // max 10, range 110, a = 1.1: −log(10 + 1.1 − x)
    Treatment t = new LogTransform(Variant.CT_PLUS).apply("x", oneLow);

    assertThat(t.values()[0]).isCloseTo(-Math.log(10.1), within(1e-15));
    assertThat(t.values()[9]).isCloseTo(-Math.log(1.1), within(1e-15));
    assertThat(t.values()[10]).isCloseTo(-Math.log(111.1), within(1e-14));
    assertThat(t.points()).containsOnly("log_CT_plus");
  }

  @Test
  void acts_as_the_plain_log_for_positive_skew_in_the_plus_variant() {
    double[] oneHigh = {1, 2, 3, 10};
    assertThat(new LogTransform(Variant.CT_PLUS).apply("x", oneHigh).values())
        .containsExactly(new LogTransform(Variant.CT).apply("x", oneHigh).values());
  }

  @Test
  void keeps_missing_values_missing() {
    Treatment t = new LogTransform(Variant.CT).apply("x", new double[] {Double.NaN, 0, 10});

    assertThat(t.values()[0]).isNaN();
    assertThat(t.points()[0]).isNull();
    assertThat(t.values()[2]).isCloseTo(Math.log(10.1), within(1e-15));
  }

  @Test
  void returns_a_constant_vector_unchanged() {
    Treatment t = new LogTransform(Variant.CT).apply("x", new double[] {2, 2, 2});

    assertThat(t.values()).containsExactly(2, 2, 2);
    assertThat(t.points()).containsOnlyNulls();
    assertThat(t.details().transform()).isEmpty();
    assertThat(new LogTransform(Variant.ORIG).apply("x", new double[] {2, 2}).values()).containsExactly(0, 0);
  }

  @Test
  void reads_variants_by_recipe_name() {
    assertThat(Variant.parse("ct_plus")).isEqualTo(Variant.CT_PLUS);
    assertThatThrownBy(() -> Variant.parse("ln")).hasMessageContaining("ct, ct_plus or orig");
  }
}
