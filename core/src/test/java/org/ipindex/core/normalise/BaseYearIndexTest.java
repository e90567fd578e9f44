package org.ipindex.core.normalise;

import static java.lang.Double.NaN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.ipindex.core.model.Direction.NEGATIVE;
import static org.ipindex.core.model.Direction.POSITIVE;
import static org.ipindex.core.normalise.Inputs.directed;
import static org.ipindex.core.normalise.Inputs.of;
import static org.ipindex.core.normalise.Inputs.params;
import static org.ipindex.core.normalise.Inputs.withBase;

import java.util.Map;
import org.ipindex.core.build.Params;
import org.ipindex.core.model.DataException;
import org.junit.jupiter.api.Test;

class BaseYearIndexTest {
  private final BaseYearIndex index2015 = new BaseYearIndex(2015, 100);

  @Test
  void divides_each_unit_by_its_base_year_value() {
    // 100·110/100, 100·50/40, 100·200/160
    assertThat(index2015.apply(withBase(of(100, 40, 160), POSITIVE, 110, 50, 200)))
        .containsExactly(110, 125, 125);
  }

  @Test
  void inverts_the_ratio_for_negative_indicators() {
    // 100·100/200, 100·100/50: halving a bad thing doubles the score
    assertThat(index2015.apply(withBase(of(100, 100), NEGATIVE, 200, 50))).containsExactly(50, 200);
  }

  @Test
  void uses_the_scale() {
    assertThat(new BaseYearIndex(2015, 1).apply(withBase(of(4), POSITIVE, 5))).containsExactly(1.25);
  }

  @Test
  void does_not_depend_on_the_unit_of_the_indicator() {
    double[] base = {100, 40, 160, 3.7};
    double[] x = {110, 50, 200, 2.9};
    double[] expected = index2015.apply(withBase(base, POSITIVE, x));
    double[] expectedNegative = index2015.apply(withBase(base, NEGATIVE, x));
    for (double c : new double[] {1000, 0.001, 7.3}) {
      double[] cBase = times(c, base);
      double[] cx = times(c, x);
      assertThat(index2015.apply(withBase(cBase, POSITIVE, cx))).containsExactly(expected, within(1e-12));
      assertThat(index2015.apply(withBase(cBase, NEGATIVE, cx))).containsExactly(expectedNegative, within(1e-12));
    }
  }

  @Test
  void gives_nan_where_the_base_value_is_missing_or_zero() {
    assertThat(index2015.apply(withBase(of(NaN, 0, 50), POSITIVE, 10, 10, NaN))).containsExactly(NaN, NaN, NaN);
    assertThat(index2015.apply(withBase(of(NaN, 0), NEGATIVE, 10, 10))).containsExactly(NaN, NaN);
  }

  @Test
  void gives_nan_where_a_negative_indicator_is_zero() {
    assertThat(index2015.apply(withBase(of(50, 50), NEGATIVE, 0, 25))).containsExactly(NaN, 200);
    assertThat(index2015.apply(withBase(of(50), POSITIVE, 0))).containsExactly(0);
  }

  @Test
  void scores_the_base_year_itself_at_the_scale() {
    assertThat(index2015.apply(withBase(of(3, 7), NEGATIVE, 3, 7))).containsExactly(100, 100);
  }

  @Test
  void names_its_base_year_and_handles_direction_itself() {
    assertThat(index2015.baseYear()).isEqualTo(2015);
    assertThat(index2015.handlesDirection()).isTrue();
  }

  @Test
  void rejects_input_without_base_values() {
    assertThatThrownBy(() -> index2015.apply(directed(POSITIVE, 1, 2)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2015 value").hasMessageContaining("none");
    assertThatThrownBy(() -> index2015.apply(withBase(of(1), POSITIVE, 1, 2)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 1 values");
  }

  @Test
  void does_not_change_its_input() {
    double[] base = {100, 40};
    double[] x = {110, 50};
    index2015.apply(withBase(base, NEGATIVE, x));
    assertThat(base).containsExactly(100, 40);
    assertThat(x).containsExactly(110, 50);
  }

  @Test
  void rejects_a_base_year_that_is_not_positive() {
    assertThatThrownBy(() -> new BaseYearIndex(0, 100))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("base year > 0, got 0");
  }

  @Test
  void rejects_a_scale_that_is_not_positive() {
    assertThatThrownBy(() -> new BaseYearIndex(2015, -100))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scale > 0, got -100.0");
  }

  @Test
  void is_created_by_the_catalogue_with_scale_100_by_default() {
    assertThat(Normalisers.create("base_year_index", params(Map.of("base_year", 2015)))).isEqualTo(index2015);
    assertThat(Normalisers.create("base_year_index", params(Map.of("base_year", "2020", "scale", 1))))
        .isEqualTo(new BaseYearIndex(2020, 1));
  }

  @Test
  void catalogue_requires_a_whole_base_year() {
    assertThatThrownBy(() -> Normalisers.create("base_year_index", Params.none("test")))
        .isInstanceOf(DataException.class).hasMessageContaining("parameter 'base_year' is required");
    assertThatThrownBy(() -> Normalisers.create("base_year_index", params(Map.of("base_year", 2015.5))))
        .isInstanceOf(DataException.class).hasMessageContaining("'base_year' must be a whole number, got '2015.5'");
  }

  @Test
  void catalogue_rejects_an_unknown_parameter_by_name() {
    assertThatThrownBy(() -> Normalisers.create("base_year_index", params(Map.of("base_year", 2015, "year", 2015))))
        .isInstanceOf(DataException.class).hasMessageContaining("unknown parameter [year]")
        .hasMessageContaining("[base_year, scale]");
  }

  private static double[] times(double c, double[] v) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = c * v[i];
    }
    return out;
  }
}
