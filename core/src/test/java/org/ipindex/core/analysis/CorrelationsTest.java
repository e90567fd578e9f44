package org.ipindex.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CorrelationsTest {
  private static final double NAN = Double.NaN;

  @Test
  void pearson_of_a_line_is_one_and_of_its_mirror_minus_one() {
    assertThat(Correlations.pearson(new double[] {1, 2, 3, 4}, new double[] {3, 5, 7, 9})).isEqualTo(1.0);
    assertThat(Correlations.pearson(new double[] {1, 2, 3, 4}, new double[] {4, 3, 2, 1})).isEqualTo(-1.0);
  }

  @Test
  void pearson_by_hand() {
    // x = 1, 2, 3, 4; y = 2, 1, 4, 3: Σdxdy = 3, Σdx² = Σdy² = 5 → 0.6
    assertThat(Correlations.pearson(new double[] {1, 2, 3, 4}, new double[] {2, 1, 4, 3})).isCloseTo(0.6,
        within(1e-15));
  }

  @Test
  void spearman_ranks_ties_by_their_average() {
    // ranks of x: 1, 2.5, 2.5, 4; of y: 1, 2, 3, 4 → Pearson of the ranks = 4.5 / √(4.5 · 5)
    double r = Correlations.spearman(new double[] {10, 20, 20, 30}, new double[] {1, 2, 3, 4});

    assertThat(r).isCloseTo(4.5 / Math.sqrt(4.5 * 5), within(1e-15));
    assertThat(Correlations.averageRanks(new double[] {5, 1, 5, 3})).containsExactly(3.5, 1, 3.5, 2);
  }

  @Test
  void uses_the_pairs_where_both_are_present() {
    double[] x = {1, 2, NAN, 3, 4};
    double[] y = {3, 5, 100, 7, NAN};

    assertThat(Correlations.pairs(x, y)).isEqualTo(3);
    assertThat(Correlations.pearson(x, y)).isEqualTo(1.0);
  }

  @Test
  void is_missing_for_too_few_pairs_or_a_constant_vector() {
    assertThat(Correlations.pearson(new double[] {1, 2}, new double[] {2, 1})).isNaN();
    assertThat(Correlations.spearman(new double[] {1, 1, 1}, new double[] {1, 2, 3})).isNaN();
  }
}
