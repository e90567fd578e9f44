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
import org.ipindex.core.stat.Ranks;
import org.junit.jupiter.api.Test;

class RankScoreTest {
  private final RankScore rank = new RankScore();

  @Test
  void gives_the_highest_value_the_highest_rank() {
    assertThat(rank.apply(values(30, 10, 20))).containsExactly(3, 1, 2);
  }

  @Test
  void gives_ties_the_lowest_rank_of_their_block() {
    assertThat(rank.apply(values(5, 7, 5, 9))).containsExactly(1, 3, 1, 4);
  }

  @Test
  void keeps_missing_values_missing() {
    assertThat(rank.apply(values(2, NaN, 1))).containsExactly(2, NaN, 1);
  }

  @Test
  void ranks_equal_values_first() {
    assertThat(rank.apply(values(4, 4, 4))).containsExactly(1, 1, 1);
  }

  @Test
  void equals_ascending_ranks_when_the_reference_is_the_values() {
    double[] x = {3.2, NaN, -1, 3.2, 0, 8, 0, 0};
    assertThat(rank.apply(values(x))).containsExactly(Ranks.ascending(x));
  }

  @Test
  void places_values_among_another_reference() {
    // reference 2, 4, 6, 8, 10: 5 has two below → 3; 10 has four below → 5; 0 none → 1; 20 → 6
    double[] pooled = {2, 4, 6, 8, 10, NaN};
    assertThat(rank.apply(against(pooled, 5, 10, 0, 20))).containsExactly(3, 5, 1, 6);
  }

  @Test
  void does_not_change_its_input() {
    double[] x = {3, 1, 2};
    rank.apply(values(x));
    assertThat(x).containsExactly(3, 1, 2);
  }

  @Test
  void is_created_by_the_catalogue() {
    assertThat(Normalisers.create("rank", Params.none("test"))).isEqualTo(new RankScore());
  }

  @Test
  void catalogue_rejects_an_unknown_parameter_by_name() {
    assertThatThrownBy(() -> Normalisers.create("rank", params(Map.of("ties", "average"))))
        .isInstanceOf(DataException.class).hasMessageContaining("unknown parameter [ties]");
  }
}
