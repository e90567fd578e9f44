package org.ipindex.core.impute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ipindex.core.build.Params;
import org.ipindex.core.model.Flag;
import org.junit.jupiter.api.Test;

class LinearInterpolationTest {
  private static final double NA = Double.NaN;
  private static final Flag LINEAR = Flag.imputed("linear");

  private static SeriesInput oneUnit(int[] years, double... values) {
    double[][] v = new double[values.length][];
    for (int y = 0; y < values.length; y++) {
      v[y] = new double[] {values[y]};
    }
    return new SeriesInput("x", years, v, List.of("A"), Map.of());
  }

  private static double[] column(Imputation r) {
    double[] c = new double[r.values().length];
    for (int y = 0; y < c.length; y++) {
      c[y] = r.values()[y][0];
    }
    return c;
  }

  @Test
  void fills_2020_and_2021_on_the_line_from_2019_to_2022() {
    // 10 in 2019 and 16 in 2022: slope 2 a year, so 12 in 2020 and 14 in 2021.
    Imputation r = new LinearInterpolation(false).apply(oneUnit(new int[] {2019, 2020, 2021, 2022}, 10, NA, NA, 16));

    assertThat(column(r)).containsExactly(10, 12, 14, 16);
    assertThat(r.flags()).isDeepEqualTo(new Flag[][] {{null}, {LINEAR}, {LINEAR}, {null}});
  }

  @Test
  void interpolates_in_calendar_years() {
    // 0 in 2018 and 8 in 2022, 2019 missing: 0 + 8·(1/4) = 2.
    Imputation r = new LinearInterpolation(false).apply(oneUnit(new int[] {2018, 2019, 2022}, 0, NA, 8));

    assertThat(column(r)).containsExactly(0, 2, 8);
  }

  @Test
  void leaves_values_outside_the_observed_years_missing_by_default() {
    Imputation r = new LinearInterpolation(false)
        .apply(oneUnit(new int[] {2019, 2020, 2021, 2022, 2023}, NA, 5, NA, 7, NA));

    assertThat(column(r)).containsExactly(NA, 5, 6, 7, NA);
    assertThat(r.flags()[0][0]).isNull();
    assertThat(r.flags()[4][0]).isNull();
  }

  @Test
  void extrapolates_with_the_nearest_value_when_asked() {
    Imputation r = new LinearInterpolation(true)
        .apply(oneUnit(new int[] {2019, 2020, 2021, 2022, 2023}, NA, 5, NA, 7, NA));

    assertThat(column(r)).containsExactly(5, 5, 6, 7, 7);
    assertThat(r.flags()[0][0]).isEqualTo(LINEAR);
    assertThat(r.flags()[4][0]).isEqualTo(LINEAR);
  }

  @Test
  void keeps_a_unit_with_no_value_missing() {
    Imputation r = new LinearInterpolation(true).apply(oneUnit(new int[] {2019, 2020}, NA, NA));

    assertThat(column(r)).containsExactly(NA, NA);
    assertThat(r.flags()).isDeepEqualTo(new Flag[][] {{null}, {null}});
  }

  @Test
  void is_in_the_catalogue_without_extrapolation_by_default() {
    assertThat(Imputers.create("linear", Params.none(""))).isEqualTo(new LinearInterpolation(false));
    assertThat(Imputers.create("linear", new Params("", Map.of("extrapolate", true))))
        .isEqualTo(new LinearInterpolation(true));
  }
}
