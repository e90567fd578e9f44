package org.ipindex.core.formula;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ipindex.core.model.Flag;
import org.ipindex.core.model.Panel;
import org.junit.jupiter.api.Test;

class DerivationTest {
  /** Two provinces and the foreign total, 2023–2024: patents, population (万人), GDP (亿元). */
  private static Panel measures() {
    Panel.Builder b = Panel.builder(List.of("44", "32", "FOREIGN"),
        List.of("valid_patents[invention]", "population_year_end", "gdp", "valid_patents"), new int[] {2023, 2024});
    // 广东 2024: 663490 patents? (illustrative numbers, checked by hand below)
    b.set(0, 0, 0, 500000).set(0, 0, 1, 600000);
    b.set(0, 1, 0, 12500).set(0, 1, 1, 12000, Flag.carriedFrom(2023));
    b.set(0, 2, 0, 130000).set(0, 2, 1, 140000);
    b.set(1, 0, 0, 400000); // 江苏 2024 patents missing
    b.set(1, 1, 0, 8500).set(1, 1, 1, 8500);
    b.set(1, 2, 0, 0).set(1, 2, 1, 130000); // GDP 0 in 2023: division by zero
    b.set(2, 3, 0, 1000000).set(2, 3, 1, 1100000);
    return b.build();
  }

  private static final List<Definition> DEFINITIONS = List.of(
      Definition.of("R19", "valid_patents[invention] / population_year_end", "件/万人"),
      Definition.of("R37", "valid_patents[invention] / gdp * 100", "件/百亿元"),
      Definition.of("G", "valid_patents[invention] / lag(valid_patents[invention]) * 100 - 100", "%"),
      Definition.of("F", "valid_patents@FOREIGN / 10000", "万件"),
      Definition.of("Z", "if_missing(valid_patents[invention], 0)", "件"),
      Definition.of("P", "pct_applications / gdp * 100", "件/百亿元"),
      new Definition("N", null, "件", false, "not published per province"));

  private final Derived derived = Derivation.derive(measures(), DEFINITIONS);

  @Test
  void computes_per_unit_and_year() {
    assertThat(derived.value("44", "R19", 2023)).isEqualTo(500000.0 / 12500);
    assertThat(derived.value("44", "R19", 2024)).isEqualTo(50.0);
    assertThat(derived.value("44", "R37", 2024)).isEqualTo(600000.0 / 140000 * 100);
    assertThat(derived.value("44", "G", 2024)).isCloseTo(20.0, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(derived.value("44", "F", 2023)).isEqualTo(100.0);
    assertThat(derived.value("32", "F", 2024)).isEqualTo(110.0);
  }

  @Test
  void keeps_the_provenance_of_each_input() {
    Provenance p = derived.provenance("44", "R19", 2024);
    assertThat(p.missing()).isFalse();
    assertThat(p.inputs()).containsExactly(
        new Provenance.Input("valid_patents[invention]", "44", 2024, 600000, Flag.OBSERVED),
        new Provenance.Input("population_year_end", "44", 2024, 12000, Flag.carriedFrom(2023)));
    assertThat(p.describe()).isEqualTo("valid_patents[invention][44, 2024] = 600000.0 (observed); "
        + "population_year_end[44, 2024] = 12000.0 (carried forward from 2023)");
    assertThat(derived.provenance("44", "G", 2024).inputs()).extracting(Provenance.Input::year).containsExactly(2024, 2023);
  }

  @Test
  void takes_the_least_certain_flag_of_the_inputs() {
    Panel out = derived.panel();
    int r19 = out.seriesIndex("R19");
    assertThat(out.flag(0, r19, 1)).isEqualTo(Flag.carriedFrom(2023));
    assertThat(out.flag(0, r19, 0)).isEqualTo(Flag.OBSERVED);
  }

  @Test
  void a_missing_input_gives_a_missing_value_with_the_reason_never_a_zero() {
    assertThat(derived.value("32", "R19", 2024)).isNaN();
    assertThat(derived.provenance("32", "R19", 2024).missingReason())
        .isEqualTo("valid_patents[invention] is missing for 32 in 2024");
    assertThat(derived.panel().flag(1, derived.panel().seriesIndex("R19"), 1)).isEqualTo(Flag.MISSING);
    assertThat(derived.value("32", "G", 2024)).isNaN();
    assertThat(derived.value("44", "G", 2023)).isNaN();
    assertThat(derived.provenance("44", "G", 2023).missingReason())
        .isEqualTo("lag(valid_patents[invention]) needs 2022, which is not in the data");
  }

  @Test
  void a_zero_only_where_the_formula_asks_for_it() {
    assertThat(derived.value("32", "Z", 2024)).isZero();
    assertThat(derived.provenance("32", "Z", 2024).missing()).isFalse();
  }

  @Test
  void division_by_zero_is_missing_with_the_reason() {
    assertThat(derived.value("32", "R37", 2023)).isNaN();
    assertThat(derived.provenance("32", "R37", 2023).missingReason()).isEqualTo("division by zero: 'gdp' is 0");
  }

  @Test
  void a_series_not_in_the_data_or_no_formula_is_missing_with_the_reason() {
    assertThat(derived.provenance("44", "P", 2024).missingReason()).isEqualTo("pct_applications is not in the data");
    assertThat(derived.provenance("44", "N", 2024).missingReason()).isEqualTo("no formula: not published per province");
    assertThat(derived.provenance("44", "nope", 2024)).isEqualTo(Provenance.NONE);
  }

  @Test
  void a_fixed_unit_not_in_the_data_is_missing() {
    Derived d = Derivation.derive(measures(), List.of(Definition.of("X", "valid_patents@ALL", "件")));
    assertThat(d.provenance("44", "X", 2024).missingReason()).isEqualTo("unit ALL is not in the data");
  }
}
