package org.ipindex.core.normalise;

import static java.lang.Double.NaN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ipindex.core.normalise.Inputs.against;
import static org.ipindex.core.normalise.Inputs.params;
import static org.ipindex.core.normalise.Inputs.values;

import java.util.Map;
import org.ipindex.core.build.Params;
import org.ipindex.core.model.DataException;
import org.junit.jupiter.api.Test;

class FractionOfMaxTest {
  private final FractionOfMax frac = new FractionOfMax();

  @Test
  void divides_by_the_maximum() {
    assertThat(frac.apply(values(1, 2, 4, 0))).containsExactly(0.25, 0.5, 1, 0);
  }

  @Test
  void keeps_missing_values_missing() {
    assertThat(frac.apply(values(1, NaN, 4))).containsExactly(0.25, NaN, 1);
  }

  @Test
  void gives_tied_values_the_same_score() {
    assertThat(frac.apply(values(2, 2, 4))).containsExactly(0.5, 0.5, 1);
  }

  @Test
  void scores_equal_values_1() {
    assertThat(frac.apply(values(5, 5))).containsExactly(1, 1);
  }

  @Test
  void is_undefined_when_the_maximum_is_zero() {
    assertThat(frac.apply(values(0, -1, NaN))).containsExactly(NaN, NaN, NaN);
  }

  @Test
  void takes_the_maximum_from_the_reference() {
    double[] pooled = {1, 6, NaN};
    assertThat(frac.apply(against(pooled, 3, 12))).containsExactly(0.5, 2);
  }

  @Test
  void does_not_change_its_input() {
    double[] x = {1, 2, 4};
    frac.apply(values(x));
    assertThat(x).containsExactly(1, 2, 4);
  }

  @Test
  void is_created_by_the_catalogue() {
    assertThat(Normalisers.create("fraction_of_max", Params.none("test"))).isEqualTo(new FractionOfMax());
  }

  @Test
  void catalogue_rejects_an_unknown_parameter_by_name() {
    assertThatThrownBy(() -> Normalisers.create("fraction_of_max", params(Map.of("scale", 100))))
        .isInstanceOf(DataException.class).hasMessageContaining("unknown parameter [scale]");
  }
}
