package org.ipindex.core.weight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.api.Assertions;
import org.ipindex.core.build.Params;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.ProblemCode;
import org.junit.jupiter.api.Test;

class EntropyWeightsTest {
  private static final double NA = Double.NaN;

  /**
   * Three rows, two children: A = (1, 1, 2), B = (0, 1, 3).
   *
   * <pre>
   *   p_A = (1/4, 1/4, 1/2)   e_A = (2·¼·ln 4 + ½·ln 2) / ln 3 = 1.5·ln 2 / ln 3          = 0.946395
   *   p_B = (0, 1/4, 3/4)     e_B = (0 + ¼·ln 4 + ¾·ln(4/3)) / ln 3                     = 0.511860
   *   d_A = 0.053605, d_B = 0.488140, Σd = 0.541745
   *   w_A = 0.053605 / 0.541745 = 0.098949,  w_B = 0.901051
   * </pre>
   */
  @Test
  void weighs_a_three_by_two_matrix_as_worked_out_by_hand() {
    double eA = 1.5 * Math.log(2) / Math.log(3);
    double eB = (0.25 * Math.log(4) + 0.75 * Math.log(4.0 / 3)) / Math.log(3);
    double wA = (1 - eA) / ((1 - eA) + (1 - eB));

    double[] w = new EntropyWeights().weights(Groups.of(new double[][] {{1, 1, 2}, {0, 1, 3}}, "A", "B"));

    assertThat(w[0]).isCloseTo(wA, within(1e-15)).isCloseTo(0.098949, within(1e-6));
    assertThat(w[1]).isCloseTo(1 - wA, within(1e-15)).isCloseTo(0.901051, within(1e-6));
  }

  @Test
  void drops_rows_where_any_child_is_missing() {
    double[][] withGaps = {{1, 1, NA, 2, 7}, {0, 1, 5, 3, NA}};

    double[] w = new EntropyWeights().weights(Groups.of(withGaps, "A", "B"));

    assertThat(w).containsExactly(
        new EntropyWeights().weights(Groups.of(new double[][] {{1, 1, 2}, {0, 1, 3}}, "A", "B")));
  }

  @Test
  void gives_a_constant_child_no_weight() {
    double[][] aConstant = {{4, 4, 4}, {0, 1, 3}, {1, 2, 3}};

    double[] w = new EntropyWeights().weights(Groups.of(aConstant, "A", "B", "C"));

    assertThat(w[0]).isZero();
    assertThat(w[1] + w[2]).isCloseTo(1, within(1e-15));
  }

  @Test
  void gives_equal_weights_when_no_child_discriminates() {
    double[] w = new EntropyWeights().weights(Groups.of(new double[][] {{0.1, 0.1, 0.1}, {0, 0, 0}}, "A", "B"));

    assertThat(w).containsExactly(0.5, 0.5);
  }

  @Test
  void rejects_negative_scores_naming_the_child_and_the_fix() {
    Assertions.assertThatThrownBy(() -> new EntropyWeights().weights(
            Groups.of(new double[][] {{1, 2, 3}, {0, -0.5, 1}}, "A", "B")))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("child 'B' of group 'G' has -0.5")
        .hasMessageContaining("normalise first")
        .satisfies(e -> assertThat(((DataException) e).problems().get(0).code()).isEqualTo(ProblemCode.BAD_VALUE));
  }

  @Test
  void needs_two_complete_rows() {
    Assertions.assertThatThrownBy(() -> new EntropyWeights().weights(
            Groups.of(new double[][] {{1, NA, 3}, {2, 5, NA}}, "A", "B")))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("at least two rows")
        .hasMessageContaining("found 1")
        .satisfies(e -> assertThat(((DataException) e).problems().get(0).code()).isEqualTo(ProblemCode.MISSING_DATA));
  }

  @Test
  void gives_a_single_child_weight_one() {
    assertThat(new EntropyWeights().weights(Groups.of(new double[][] {{NA}}, "A"))).containsExactly(1.0);
  }

  @Test
  void is_in_the_catalogue() {
    assertThat(Weighters.create("entropy", Params.none(""))).isEqualTo(new EntropyWeights());
  }
}
