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

class PercentileRankTest {
  private final PercentileRank prank = new PercentileRank();

  @Test
  void spreads_ranks_over_0_to_1() {
    // ranks 1..5, (rank − 1)/4
    assertThat(prank.apply(values(30, 10, 50, 20, 40))).containsExactly(0.5, 0, 1, 0.25, 0.75);
  }

  @Test
  void gives_ties_the_lower_score() {
    // ranks 1, 3, 1, 4 of n = 4: (rank − 1)/3
    assertThat(prank.apply(values(5, 7, 5, 9))).containsExactly(0, 2.0 / 3, 0, 1);
  }

  @Test
  void counts_only_present_values() {
    // n = 3, ranks 1, 3, 2
    assertThat(prank.apply(values(1, NaN, 3, 2))).containsExactly(0, NaN, 1, 0.5);
  }

  @Test
  void gives_the_midpoint_when_only_one_value_is_present() {
    assertThat(prank.apply(values(NaN, 7))).containsExactly(NaN, 0.5);
  }

  @Test
  void gives_0_when_all_values_are_equal() {
    // all tie at rank 1, as COINr
    assertThat(prank.apply(values(4, 4, 4))).containsExactly(0, 0, 0);
  }

  @Test
  void places_values_among_another_reference() {
    // reference n = 5: 5 has rank 3 → 0.5; 2 → 0; 12 has rank 6 → 5/4, beyond 1
    double[] pooled = {2, 4, 6, 8, 10};
    assertThat(prank.apply(against(pooled, 5, 2, 12))).containsExactly(0.5, 0, 1.25);
  }

  @Test
  void does_not_change_its_input() {
    double[] x = {3, 1, 2};
    prank.apply(values(x));
    assertThat(x).containsExactly(3, 1, 2);
  }

  @Test
  void is_created_by_the_catalogue() {
    assertThat(Normalisers.create("percentile_rank", Params.none("test"))).isEqualTo(new PercentileRank());
  }

  @Test
  void catalogue_rejects_an_unknown_parameter_by_name() {
    assertThatThrownBy(() -> Normalisers.create("percentile_rank", params(Map.of("scale", 100))))
        .isInstanceOf(DataException.class).hasMessageContaining("unknown parameter [scale]");
  }
}
