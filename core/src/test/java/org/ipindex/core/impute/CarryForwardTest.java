package org.ipindex.core.impute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.ipindex.core.build.Params;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Flag;
import org.ipindex.core.model.ProblemCode;
import org.junit.jupiter.api.Test;

class CarryForwardTest {
  private static final double NA = Double.NaN;
  private static final int[] YEARS = {2019, 2020, 2021, 2022, 2023};

  /** values[year][unit]; unit A: 1, –, –, 4, –; unit B: –, 2, –, –, –. */
  private static SeriesInput twoUnitsWithGaps() {
    double[][] values = {{1, NA}, {NA, 2}, {NA, NA}, {4, NA}, {NA, NA}};
    return new SeriesInput("x", YEARS, values, List.of("A", "B"), Map.of());
  }

  @Test
  void carries_last_years_value_with_max_years_1() {
    Imputation r = new CarryForward(1).apply(twoUnitsWithGaps());

    // A 2021 is two years after 2019 and B 2022 two years after 2020: too old.
    Grids.assertSameValues(r.values(), new double[][] {{1, NA}, {1, 2}, {NA, 2}, {4, NA}, {4, NA}});
    assertThat(r.flags()).isDeepEqualTo(new Flag[][] {
        {null, null},
        {Flag.carriedFrom(2019), null},
        {null, Flag.carriedFrom(2020)},
        {null, null},
        {Flag.carriedFrom(2022), null}});
  }

  @Test
  void carries_values_up_to_two_years_old_with_max_years_2() {
    Imputation r = new CarryForward(2).apply(twoUnitsWithGaps());

    // B 2023 would come from 2020, three years back: left missing.
    Grids.assertSameValues(r.values(), new double[][] {{1, NA}, {1, 2}, {1, 2}, {4, 2}, {4, NA}});
    assertThat(r.flags()[2][0]).isEqualTo(Flag.carriedFrom(2019));
    assertThat(r.flags()[3][1]).isEqualTo(Flag.carriedFrom(2020));
    assertThat(r.flags()[4][1]).isNull();
  }

  @Test
  void carries_values_of_any_age_with_max_years_0() {
    Imputation r = new CarryForward(0).apply(twoUnitsWithGaps());

    assertThat(r.values()[4][1]).isEqualTo(2);
    assertThat(r.flags()[4][1]).isEqualTo(Flag.carriedFrom(2020));
  }

  @Test
  void leaves_the_first_year_missing() {
    Imputation r = new CarryForward(0).apply(twoUnitsWithGaps());

    assertThat(r.values()[0][1]).isNaN();
    assertThat(r.flags()[0][1]).isNull();
  }

  @Test
  void counts_age_in_calendar_years_not_panel_positions() {
    SeriesInput gapYear = new SeriesInput("x", new int[] {2018, 2020}, new double[][] {{5}, {NA}},
        List.of("A"), Map.of());

    assertThat(new CarryForward(1).apply(gapYear).values()[1][0]).isNaN();
    assertThat(new CarryForward(2).apply(gapYear).values()[1][0]).isEqualTo(5);
    assertThat(new CarryForward(2).apply(gapYear).flags()[1][0]).isEqualTo(Flag.carriedFrom(2018));
  }

  @Test
  void does_not_change_its_input() {
    SeriesInput in = twoUnitsWithGaps();

    new CarryForward(0).apply(in);

    Grids.assertSameValues(in.values(), twoUnitsWithGaps().values());
  }

  @Test
  void rejects_negative_max_years() {
    assertThatThrownBy(() -> new CarryForward(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("max_years >= 0");
    assertThatThrownBy(() -> Imputers.create("carry_forward", new Params("recipe step 1", Map.of("max_years", -1))))
        .isInstanceOf(DataException.class)
        .satisfies(e -> assertThat(((DataException) e).problems().get(0).code()).isEqualTo(ProblemCode.BAD_PARAMETER))
        .hasMessageContaining("recipe step 1");
  }

  @Test
  void is_in_the_catalogue_with_max_years_defaulting_to_1() {
    assertThat(Imputers.create("carry_forward", Params.none(""))).isEqualTo(new CarryForward(1));
    assertThat(Imputers.create("carry_forward", new Params("", Map.of("max_years", 2))))
        .isEqualTo(new CarryForward(2));
  }
}
