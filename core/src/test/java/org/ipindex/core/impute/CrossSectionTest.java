package org.ipindex.core.impute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ipindex.core.build.Params;
import org.ipindex.core.model.Flag;
import org.junit.jupiter.api.Test;

class CrossSectionTest {
  private static final double NA = Double.NaN;

  /** Two years of five units; the first year has 1, 2, 6, 10 and one gap, the second year nothing. */
  private static SeriesInput oneGapThenEmptyYear() {
    return new SeriesInput("x", new int[] {2022, 2023},
        new double[][] {{1, 2, NA, 6, 10}, {NA, NA, NA, NA, NA}}, List.of("A", "B", "C", "D", "E"), Map.of());
  }

  @Test
  void fills_with_the_mean_of_the_same_year() {
    Imputation r = new CrossSectionMean().apply(oneGapThenEmptyYear());

    // (1 + 2 + 6 + 10) / 4 = 4.75
    assertThat(r.values()[0]).containsExactly(1, 2, 4.75, 6, 10);
    assertThat(r.flags()[0][2]).isEqualTo(Flag.imputed("mean"));
  }

  @Test
  void fills_with_the_median_of_the_same_year() {
    Imputation r = new CrossSectionMedian().apply(oneGapThenEmptyYear());

    // median of 1, 2, 6, 10 is (2 + 6) / 2 = 4
    assertThat(r.values()[0]).containsExactly(1, 2, 4, 6, 10);
    assertThat(r.flags()[0][2]).isEqualTo(Flag.imputed("median"));
  }

  @Test
  void leaves_a_year_with_no_values_missing() {
    Imputation r = new CrossSectionMean().apply(oneGapThenEmptyYear());

    assertThat(r.values()[1]).containsOnly(NA);
    assertThat(r.flags()[1]).containsOnlyNulls();
  }

  @Test
  void are_in_the_catalogue() {
    assertThat(Imputers.create("mean", Params.none(""))).isEqualTo(new CrossSectionMean());
    assertThat(Imputers.create("median", Params.none(""))).isEqualTo(new CrossSectionMedian());
    assertThat(Imputers.names()).containsExactly(
        "carry_forward", "group_mean", "group_median", "linear", "mean", "median", "none");
  }
}
