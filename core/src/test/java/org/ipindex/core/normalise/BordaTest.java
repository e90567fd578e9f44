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

class BordaTest {
  private final Borda borda = new Borda();

  @Test
  void counts_the_values_below() {
    assertThat(borda.apply(values(30, 10, 20))).containsExactly(2, 0, 1);
  }

  @Test
  void gives_ties_the_lower_score() {
    assertThat(borda.apply(values(5, 7, 5, 9))).containsExactly(0, 2, 0, 3);
  }

  @Test
  void keeps_missing_values_missing() {
    assertThat(borda.apply(values(2, NaN, 1))).containsExactly(1, NaN, 0);
  }

  @Test
  void gives_0_when_all_values_are_equal() {
    assertThat(borda.apply(values(4, 4))).containsExactly(0, 0);
  }

  @Test
  void places_values_among_another_reference() {
    double[] pooled = {2, 4, 6, NaN};
    assertThat(borda.apply(against(pooled, 5, 1, 7))).containsExactly(2, 0, 3);
  }

  @Test
  void does_not_change_its_input() {
    double[] x = {3, 1, 2};
    borda.apply(values(x));
    assertThat(x).containsExactly(3, 1, 2);
  }

  @Test
  void is_created_by_the_catalogue() {
    assertThat(Normalisers.create("borda", Params.none("test"))).isEqualTo(new Borda());
  }

  @Test
  void catalogue_rejects_an_unknown_parameter_by_name() {
    assertThatThrownBy(() -> Normalisers.create("borda", params(Map.of("ties", "min"))))
        .isInstanceOf(DataException.class).hasMessageContaining("unknown parameter [ties]");
  }
}
