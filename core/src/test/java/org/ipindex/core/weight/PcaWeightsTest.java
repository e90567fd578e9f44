package org.ipindex.core.weight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.ipindex.core.build.Params;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.ProblemCode;
import org.junit.jupiter.api.Test;

class PcaWeightsTest {
  private static final double NA = Double.NaN;

  /**
   * Built from the orthogonal, centred vectors u1 = (1, 1, −1, −1), u2 = (1, −1, 1, −1),
   * u3 = (1, −1, −1, 1): A = u1, B = 4·u1 + 3·u2 = (7, 1, −1, −7), C = 6·u1 + 2·u2 + 9·u3 =
   * (17, −5, −13, 1), shifted by constants (which PCA ignores). Their correlations are
   *
   * <pre>
   *   r_AB = 16 / (2 · 10) = 0.8      r_AC = 24 / (2 · 22) = 6/11      r_BC = 120 / (10 · 22) = 6/11
   * </pre>
   *
   * By symmetry the first eigenvector is (1, 1, t): (1 + 0.8) + (6/11)·t = λ and 12/11 + t = λ·t, so
   * 15t² + 22t − 30 = 0 and t = (√2284 − 22) / 30 = 0.859707. The weights are (1, 1, t) / (2 + t):
   * 0.349686, 0.349686, 0.300628.
   */
  private static final double[][] CORRELATED = {{11, 11, 9, 9}, {17, 11, 9, 3}, {67, 45, 37, 51}};

  @Test
  void weighs_by_the_first_principal_component_as_worked_out_by_hand() {
    double t = (Math.sqrt(2284) - 22) / 30;

    double[] w = new PcaWeights().weights(Groups.of(CORRELATED, "A", "B", "C"));

    assertThat(w[0]).isCloseTo(1 / (2 + t), within(1e-12)).isCloseTo(0.349686, within(1e-6));
    assertThat(w[1]).isCloseTo(1 / (2 + t), within(1e-12));
    assertThat(w[2]).isCloseTo(t / (2 + t), within(1e-12)).isCloseTo(0.300628, within(1e-6));
  }

  @Test
  void gives_an_uncorrelated_child_no_weight() {
    // A = (1, 2, 3, 4) and B = (1, 3, 2, 4) correlate 0.8; C = (2, 0, 0, 2) correlates with neither.
    // R = [[1, .8, 0], [.8, 1, 0], [0, 0, 1]]: first component (1, 1, 0)/√2, λ = 1.8.
    double[][] cUncorrelated = {{1, 2, 3, 4}, {1, 3, 2, 4}, {2, 0, 0, 2}};

    double[] w = new PcaWeights().weights(Groups.of(cUncorrelated, "A", "B", "C"));

    assertThat(w[0]).isCloseTo(0.5, within(1e-12));
    assertThat(w[1]).isCloseTo(0.5, within(1e-12));
    assertThat(w[2]).isZero();
  }

  @Test
  void drops_rows_where_any_child_is_missing() {
    double[][] withGaps = {{11, NA, 11, 9, 9}, {17, 40, 11, 9, 3}, {67, 12, 45, 37, 51}};

    assertThat(new PcaWeights().weights(Groups.of(withGaps, "A", "B", "C")))
        .containsExactly(new PcaWeights().weights(Groups.of(CORRELATED, "A", "B", "C")));
  }

  @Test
  void does_not_depend_on_the_scale_of_a_child() {
    double[][] rescaled = {CORRELATED[0], CORRELATED[1], {670, 450, 370, 510}};

    double[] w = new PcaWeights().weights(Groups.of(rescaled, "A", "B", "C"));

    assertThat(w).containsExactly(new PcaWeights().weights(Groups.of(CORRELATED, "A", "B", "C")), within(1e-12));
  }

  @Test
  void rejects_a_child_that_loads_against_the_others() {
    double[][] cAgainst = {CORRELATED[0], CORRELATED[1], {-67, -45, -37, -51}};

    assertThatThrownBy(() -> new PcaWeights().weights(Groups.of(cAgainst, "A", "B", "C")))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("'C' loads against the others")
        .hasMessageContaining("check the direction of that child")
        .satisfies(e -> assertThat(((DataException) e).problems().get(0).code()).isEqualTo(ProblemCode.BAD_VALUE));
  }

  @Test
  void rejects_a_constant_child() {
    assertThatThrownBy(() -> new PcaWeights().weights(Groups.of(new double[][] {{1, 2, 3}, {5, 5, 5}}, "A", "B")))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("'B' is 5.0 in every complete row of group 'G'")
        .satisfies(e -> assertThat(((DataException) e).problems().get(0).code()).isEqualTo(ProblemCode.ZERO_RANGE));
  }

  @Test
  void rejects_uncorrelated_children_whose_first_component_is_not_unique() {
    // (1, 1, −1, −1) and (1, −1, 1, −1) are uncorrelated: R = I, every direction is a first component.
    double[][] uncorrelated = {{1, 1, -1, -1}, {1, -1, 1, -1}};

    assertThatThrownBy(() -> new PcaWeights().weights(Groups.of(uncorrelated, "A", "B")))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("is not unique");
  }

  @Test
  void needs_two_complete_rows() {
    assertThatThrownBy(() -> new PcaWeights().weights(Groups.of(new double[][] {{1, NA}, {2, 3}}, "A", "B")))
        .isInstanceOf(DataException.class)
        .satisfies(e -> assertThat(((DataException) e).problems().get(0).code()).isEqualTo(ProblemCode.MISSING_DATA));
  }

  @Test
  void is_in_the_catalogue() {
    assertThat(Weighters.create("pca", Params.none(""))).isEqualTo(new PcaWeights());
  }
}
