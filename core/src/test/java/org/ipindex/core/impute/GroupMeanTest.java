package org.ipindex.core.impute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ipindex.core.build.Params;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Flag;
import org.ipindex.core.model.ProblemCode;
import org.junit.jupiter.api.Test;

class GroupMeanTest {
  private static final double NA = Double.NaN;
  private static final List<String> UNITS = List.of("A", "B", "C", "D", "E", "F");

  /**
   * A, B, C are east; D, E west; F has no area. In 2022 west has no value at all; in 2023 every group
   * has values.
   */
  private static SeriesInput eastWest() {
    double[][] values = {
        {1, 3, NA, NA, NA, NA},
        {NA, 5, 7, 2, NA, 9}};
    return new SeriesInput("x", new int[] {2022, 2023}, values, UNITS,
        Map.of("area", Arrays.asList("east", "east", "east", "west", "west", null), "size", UNITS));
  }

  @Test
  void fills_with_the_mean_of_the_group_in_the_same_year() {
    Imputation r = new GroupMean("area").apply(eastWest());

    // 2022: C = (1 + 3) / 2 = 2. 2023: A = (5 + 7) / 2 = 6, E = 2 (D alone).
    assertThat(r.values()[0][2]).isEqualTo(2);
    assertThat(r.values()[1]).containsExactly(6, 5, 7, 2, 2, 9);
    assertThat(r.flags()[1][0]).isEqualTo(Flag.imputed("group_mean"));
  }

  @Test
  void leaves_a_group_with_no_values_missing() {
    Imputation r = new GroupMean("area").apply(eastWest());

    assertThat(r.values()[0][3]).isNaN();
    assertThat(r.values()[0][4]).isNaN();
    assertThat(r.flags()[0][3]).isNull();
    assertThat(r.flags()[0][4]).isNull();
  }

  @Test
  void leaves_a_unit_without_a_group_missing() {
    Imputation r = new GroupMean("area").apply(eastWest());

    assertThat(r.values()[0][5]).isNaN();
    assertThat(r.flags()[0][5]).isNull();
  }

  @Test
  void fills_with_the_median_of_the_group() {
    double[][] values = {{1, 3, 8, NA, 4, 4}};
    SeriesInput in = new SeriesInput("x", new int[] {2022}, values, UNITS,
        Map.of("area", List.of("east", "east", "east", "east", "west", "west")));

    Imputation r = new GroupMedian("area").apply(in);

    // median of east's 1, 3, 8 is 3 (the mean would be 4)
    assertThat(r.values()[0][3]).isEqualTo(3);
    assertThat(r.flags()[0][3]).isEqualTo(Flag.imputed("group_median"));
  }

  @Test
  void rejects_an_unknown_grouping_listing_those_available() {
    assertThatThrownBy(() -> new GroupMean("region").apply(eastWest()))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("grouping 'region' is not a grouping of the panel")
        .hasMessageContaining("available: [area, size]")
        .satisfies(e -> assertThat(((DataException) e).problems().get(0).code()).isEqualTo(ProblemCode.BAD_PARAMETER));
  }

  @Test
  void needs_a_grouping_in_the_catalogue() {
    assertThat(Imputers.create("group_mean", new Params("", Map.of("grouping", "area"))))
        .isEqualTo(new GroupMean("area"));
    assertThat(Imputers.create("group_median", new Params("", Map.of("grouping", "area"))))
        .isEqualTo(new GroupMedian("area"));
    assertThatThrownBy(() -> Imputers.create("group_mean", Params.none("recipe step 1")))
        .isInstanceOf(DataException.class).hasMessageContaining("'grouping' is required");
  }
}
