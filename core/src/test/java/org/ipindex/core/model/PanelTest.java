package org.ipindex.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ipindex.core.testkit.ExamplePanel;
import org.junit.jupiter.api.Test;

class PanelTest {
  @Test
  void reads_values_by_code_and_year() {
    Panel p = ExamplePanel.panel();
    assertThat(p.value("GD", "A", 2023)).isEqualTo(50);
    assertThat(p.value("ZJ", "C", 2023)).isNaN();
    assertThat(p.value("GD", "nope", 2023)).isNaN();
    assertThat(p.flag(2, 2, 1)).isEqualTo(Flag.MISSING);
    assertThat(p.flag(0, 0, 0)).isEqualTo(Flag.OBSERVED);
  }

  @Test
  void keeps_flags_with_their_source_year_and_method() {
    Panel.Builder b = ExamplePanel.panel().toBuilder();
    b.set(2, 2, 1, 40, Flag.carriedFrom(2022));
    b.set(0, 0, 0, 41, Flag.imputed("group_mean"));
    Panel p = b.build();
    assertThat(p.flag(2, 2, 1).describe()).isEqualTo("carried forward from 2022");
    assertThat(p.flag(0, 0, 0)).isEqualTo(Flag.imputed("group_mean"));
    assertThat(ExamplePanel.panel().flag(2, 2, 1)).isEqualTo(Flag.MISSING);
  }

  @Test
  void vectors_are_copies() {
    Panel p = ExamplePanel.panel();
    double[] v = p.vector(0, 0);
    v[0] = -1;
    assertThat(p.value(0, 0, 0)).isEqualTo(40);
  }

  @Test
  void selects_series_in_the_order_asked_and_fills_absent_ones_with_missing() {
    Panel p = ExamplePanel.panel().select(List.of("D", "Z"));
    assertThat(p.series()).containsExactly("D", "Z");
    assertThat(p.value("GD", "D", 2022)).isEqualTo(80);
    assertThat(p.value("GD", "Z", 2022)).isNaN();
    assertThat(p.groupings()).containsKey("area");
  }

  @Test
  void rejects_years_out_of_order_and_duplicate_units() {
    assertThatThrownBy(() -> Panel.builder(List.of("a"), List.of("x"), new int[] {2023, 2022}))
        .hasMessageContaining("ascending");
    assertThatThrownBy(() -> Panel.builder(List.of("a", "a"), List.of("x"), new int[] {2023}))
        .hasMessageContaining("duplicate unit a");
  }
}
