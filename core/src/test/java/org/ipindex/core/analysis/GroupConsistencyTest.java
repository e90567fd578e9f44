package org.ipindex.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class GroupConsistencyTest {
  @Test
  void cronbachs_alpha_by_hand() {
    // x1 = 1, 2, 3, 4 (var 5/3); x2 = 2, 1, 4, 3 (var 5/3); sum = 3, 3, 7, 7 (var 16/3)
    // α = 2 · (1 − (10/3) / (16/3)) = 0.75
    GroupConsistency g = GroupConsistency.of("G", List.of("a", "b"),
        new double[][] {{1, 2, 3, 4}, {2, 1, 4, 3}});

    assertThat(g.alpha()).isCloseTo(0.75, within(1e-15));
    assertThat(g.units()).isEqualTo(4);
  }

  @Test
  void two_children_correlating_r_split_the_variance_as_one_plus_and_minus_r() {
    // r = 0.6 → eigenvalues 1.6 and 0.4 of the correlation matrix → 80 % and 20 %
    GroupConsistency g = GroupConsistency.of("G", List.of("a", "b"),
        new double[][] {{1, 2, 3, 4, Double.NaN}, {2, 1, 4, 3, 10}});

    assertThat(g.explained().get(0)).isCloseTo(0.8, within(1e-12));
    assertThat(g.explained().get(1)).isCloseTo(0.2, within(1e-12));
    assertThat(g.loadings().get("a")).isCloseTo(Math.sqrt(0.5), within(1e-12));
    assertThat(g.loadings().get("b")).isCloseTo(Math.sqrt(0.5), within(1e-12));
    assertThat(g.units()).isEqualTo(4);
  }

  @Test
  void is_missing_for_one_child_too_few_units_or_a_constant_child() {
    assertThat(GroupConsistency.of("G", List.of("a"), new double[][] {{1, 2, 3}}).alpha()).isNaN();
    assertThat(GroupConsistency.of("G", List.of("a", "b"), new double[][] {{1, 2}, {2, 1}}).alpha()).isNaN();
    GroupConsistency constant = GroupConsistency.of("G", List.of("a", "b"), new double[][] {{1, 2, 3}, {5, 5, 5}});
    assertThat(constant.alpha()).isNaN();
    assertThat(constant.explained()).isEmpty();
  }
}
