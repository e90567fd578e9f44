package org.ipindex.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bulk paths of the builder give the same panel as their cell-by-cell counterparts. */
class PanelBulkCopyTest {
  private static final List<String> UNITS = List.of("a", "b", "c");
  private static final int[] YEARS = {2021, 2022};

  /** Every kind of flag, with two method names, in series 1; series 0 is plain. */
  private static Panel source() {
    Panel.Builder b = Panel.builder(UNITS, List.of("X", "Y"), YEARS);
    b.set(0, 0, 0, 1.5);
    b.set(0, 1, 0, 10);
    b.set(1, 1, 0, 11, Flag.treated("winsorise"));
    b.set(2, 1, 0, Double.NaN);
    b.set(0, 1, 1, 12, Flag.imputed("linear"));
    b.set(1, 1, 1, 13, Flag.carriedFrom(2021));
    b.set(2, 1, 1, 14, Flag.MISSING);
    return b.build();
  }

  @Test
  void copying_a_series_equals_copying_its_cells_even_where_method_names_are_numbered_otherwise() {
    Panel from = source();
    Panel.Builder bulk = Panel.builder(UNITS, List.of("P", "Q"), YEARS);
    Panel.Builder cells = Panel.builder(UNITS, List.of("P", "Q"), YEARS);
    for (Panel.Builder b : List.of(bulk, cells)) {
      b.set(0, 0, 0, 5, Flag.imputed("linear")); // "linear" first here, second in the source
    }
    bulk.copySeries(from, 1, 1);
    for (int y = 0; y < YEARS.length; y++) {
      for (int u = 0; u < UNITS.size(); u++) {
        cells.copyCell(from, u, 1, y, 1);
      }
    }
    assertSame(bulk.build(), cells.build());
  }

  @Test
  void setting_a_vector_equals_setting_its_values() {
    double[] source = {9, 1, Double.NaN, 2, 8};
    Panel.Builder bulk = source().toBuilder().setVector(1, 1, source, 1);
    Panel.Builder cells = source().toBuilder();
    for (int u = 0; u < UNITS.size(); u++) {
      cells.set(u, 1, 1, source[1 + u]);
    }
    assertSame(bulk.build(), cells.build());
  }

  @Test
  void rejects_a_panel_of_other_years_and_a_short_vector() {
    Panel.Builder b = Panel.builder(UNITS, List.of("P"), new int[] {2022, 2023});
    assertThatThrownBy(() -> b.copySeries(source(), 0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.setVector(0, 0, new double[] {1, 2, 3}, 1))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  private static void assertSame(Panel p, Panel q) {
    for (int y = 0; y < YEARS.length; y++) {
      for (int s = 0; s < p.seriesCount(); s++) {
        for (int u = 0; u < UNITS.size(); u++) {
          assertThat(Double.doubleToRawLongBits(p.value(u, s, y))).isEqualTo(Double.doubleToRawLongBits(q.value(u, s, y)));
          assertThat(p.flag(u, s, y)).isEqualTo(q.flag(u, s, y));
        }
      }
    }
  }
}
