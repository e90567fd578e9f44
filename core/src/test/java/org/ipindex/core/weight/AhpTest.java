package org.ipindex.core.weight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipindex.core.build.Describe;
import org.ipindex.core.build.Params;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.ProblemCode;
import org.junit.jupiter.api.Test;

class AhpTest {
  /** A is twice as important as B and four times C; B twice C: perfectly consistent. */
  private static final double[][] CONSISTENT = {{1, 2, 4}, {1.0 / 2, 1, 2}, {1.0 / 4, 1.0 / 2, 1}};

  /** The textbook matrix with 3, 5 and 3 above the diagonal: slightly inconsistent (3 · 3 ≠ 5). */
  private static final double[][] TEXTBOOK = {{1, 3, 5}, {1.0 / 3, 1, 3}, {1.0 / 5, 1.0 / 3, 1}};

  /** A beats B 9:1, B beats C 9:1, but C beats A 9:1: as inconsistent as comparisons get. */
  private static final double[][] CYCLIC = {{1, 9, 1.0 / 9}, {1.0 / 9, 1, 9}, {9, 1.0 / 9, 1}};

  @Test
  void weighs_a_consistent_matrix_by_its_ratios() {
    // every column is proportional to (4, 2, 1): weights 4/7, 2/7, 1/7, λmax = n = 3, CI = CR = 0
    Ahp ahp = Ahp.of(CONSISTENT);

    assertThat(ahp.weights(Groups.of("A", "B", "C")))
        .containsExactly(new double[] {4.0 / 7, 2.0 / 7, 1.0 / 7}, within(1e-15));
    assertThat(ahp.priorities().lambdaMax()).isCloseTo(3, within(1e-14));
    assertThat(ahp.priorities().consistencyRatio()).isCloseTo(0, within(1e-14));
  }

  @Test
  void weighs_the_textbook_matrix_with_its_consistency_ratio() {
    // For n = 3 the principal eigenvector is the vector of row geometric means: (15^⅓, 1, 15^−⅓)
    // normalised = (0.636986, 0.258285, 0.104729). With r = (9/5)^⅓, λmax = 1 + r + 1/r = 3.038511,
    // CI = 0.038511 / 2 = 0.019256 and CR = CI / 0.58 = 0.033199 < 0.1: accepted.
    double g = Math.cbrt(15);
    double sum = g + 1 + 1 / g;
    double r = Math.cbrt(9.0 / 5);

    Ahp.Priorities p = Ahp.of(TEXTBOOK).priorities();

    assertThat(p.weights()).containsExactly(new double[] {g / sum, 1 / sum, 1 / g / sum}, within(1e-12));
    assertThat(p.weights()[0]).isCloseTo(0.636986, within(1e-6));
    assertThat(p.lambdaMax()).isCloseTo(1 + r + 1 / r, within(1e-12)).isCloseTo(3.038511, within(1e-6));
    assertThat(p.consistencyIndex()).isCloseTo((r + 1 / r - 2) / 2, within(1e-12));
    assertThat(p.consistencyRatio()).isCloseTo((r + 1 / r - 2) / 2 / 0.58, within(1e-12))
        .isCloseTo(0.033199, within(1e-6));
    assertThat(Ahp.of(TEXTBOOK).weights(Groups.of("A", "B", "C"))).containsExactly(p.weights(), within(0.0));
  }

  @Test
  void rejects_an_inconsistent_matrix_naming_the_group_the_ratio_and_the_fix() {
    // circulant, so weights are 1/3 each and λmax = 1 + 9 + 1/9 = 10.111; CI = 7.111 / 2 = 3.556;
    // CR = 3.556 / 0.58 = 6.130
    assertThatThrownBy(() -> Ahp.of(CYCLIC).weights(Groups.of("A", "B", "C")))
        .isInstanceOf(DataException.class)
        .hasMessage("weights of group G: the pairwise comparisons of group 'G' are inconsistent: consistency "
            + "ratio CR = 6.130 is above 0.10 (λmax = 10.111, CI = 3.556, RI = 0.58 for n = 3); revise the "
            + "comparisons or set allow_inconsistent: true")
        .satisfies(e -> assertThat(((DataException) e).problems().get(0).code())
            .isEqualTo(ProblemCode.INCONSISTENT_MATRIX));
  }

  @Test
  void accepts_an_inconsistent_matrix_when_allowed() {
    double[] w = new Ahp(List.of(), CYCLIC, true).weights(Groups.of("A", "B", "C"));

    assertThat(w).containsExactly(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, within(1e-15));
  }

  @Test
  void treats_two_children_as_always_consistent() {
    Ahp ahp = Ahp.of(new double[][] {{1, 3}, {1.0 / 3, 1}});

    assertThat(ahp.weights(Groups.of("A", "B"))).containsExactly(new double[] {0.75, 0.25}, within(1e-15));
    assertThat(ahp.priorities().consistencyRatio()).isZero();
  }

  @Test
  void maps_rows_to_children_by_order() {
    // rows C, A, B with C = 4 parts, A = 2, B = 1
    Ahp ahp = new Ahp(List.of("C", "A", "B"), CONSISTENT, false);

    assertThat(ahp.weights(Groups.of("A", "B", "C")))
        .containsExactly(new double[] {2.0 / 7, 1.0 / 7, 4.0 / 7}, within(1e-15));
  }

  @Test
  void rejects_an_order_that_does_not_name_the_children() {
    Ahp ahp = new Ahp(List.of("A", "B", "X"), CONSISTENT, false);

    assertThatThrownBy(() -> ahp.weights(Groups.of("A", "B", "C")))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("missing: [C]")
        .hasMessageContaining("not children: [X]");
  }

  @Test
  void rejects_a_matrix_of_the_wrong_size() {
    assertThatThrownBy(() -> Ahp.of(CONSISTENT).weights(Groups.of("A", "B", "C", "D")))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("is 3×3 but the group has 4 children [A, B, C, D]");
  }

  @Test
  void rejects_a_matrix_that_is_not_reciprocal_naming_the_cell() {
    double[][] notReciprocal = {{1, 2, 4}, {1.0 / 2, 1, 2}, {0.3, 1.0 / 2, 1}};

    assertThatThrownBy(() -> new Ahp(List.of("A", "B", "C"), notReciprocal, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the AHP matrix is not reciprocal: cell (row 1, column 3) ('A' over 'C') is 4.0 but "
            + "cell (row 3, column 1) ('C' over 'A') is 0.3; set the latter to 1/4");
  }

  @Test
  void rejects_non_positive_and_non_square_matrices() {
    assertThatThrownBy(() -> Ahp.of(new double[][] {{1, 0}, {0, 1}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cell (row 1, column 2) is 0.0; comparisons must be positive");
    assertThatThrownBy(() -> Ahp.of(new double[][] {{1, 2}, {0.5}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be square");
  }

  @Test
  void reads_a_list_of_rows_from_a_recipe_with_fractions() {
    Params p = new Params("recipe step 4", Map.of(
        "matrix", List.of(List.of(1, 2, 4), List.of("1/2", 1, 2), List.of("1/4", "1/2", 1))));

    assertThat(Weighters.create("ahp", p)).isEqualTo(Ahp.of(CONSISTENT));
  }

  @Test
  void reads_a_matrix_by_child_code_from_a_recipe() {
    Map<String, Object> matrix = new LinkedHashMap<>();
    matrix.put("B", Map.of("B", 1, "A", "1/2", "C", 2));
    matrix.put("A", Map.of("A", 1, "B", 2, "C", 4));
    matrix.put("C", Map.of("C", 1, "A", 0.25, "B", 0.5));

    Weighter w = Weighters.create("ahp", new Params("", Map.of("matrix", matrix)));

    assertThat(w.weights(Groups.of("A", "B", "C")))
        .containsExactly(new double[] {4.0 / 7, 2.0 / 7, 1.0 / 7}, within(1e-15));
  }

  @Test
  void reports_a_bad_matrix_in_a_recipe_as_a_bad_parameter_naming_the_cell() {
    Params p = new Params("recipe step 4", Map.of(
        "matrix", List.of(List.of(1, 2), List.of(2, 1))));

    assertThatThrownBy(() -> Weighters.create("ahp", p))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("recipe step 4")
        .hasMessageContaining("cell (row 1, column 2) is 2.0 but cell (row 2, column 1) is 2.0; set the latter to 1/2")
        .satisfies(e -> assertThat(((DataException) e).problems().get(0).code()).isEqualTo(ProblemCode.BAD_PARAMETER));
    assertThatThrownBy(() -> Weighters.create("ahp", new Params("", Map.of("matrix", List.of(List.of(1, "x"))))))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("must be a number or a fraction such as 1/3, got 'x'");
    assertThatThrownBy(() -> Weighters.create("ahp", Params.none("")))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("parameter 'matrix' must give the pairwise comparisons");
  }

  @Test
  void replays_from_its_own_description() {
    Ahp ahp = new Ahp(List.of("C", "A", "B"), TEXTBOOK, true);

    Map<String, Object> described = Describe.params(ahp);

    assertThat(described).containsOnlyKeys("order", "matrix", "allow_inconsistent");
    assertThat(Weighters.create("ahp", new Params("", described))).isEqualTo(ahp);
  }

  @Test
  void copies_its_matrix() {
    double[][] m = {{1, 3}, {1.0 / 3, 1}};
    Ahp ahp = Ahp.of(m);

    m[0][1] = 5;
    ahp.matrix()[0][1] = 7;

    assertThat(ahp.matrix()[0][1]).isEqualTo(3);
  }
}
