package org.ipindex.core.formula;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ipindex.core.formula.Coverage.Fill;
import org.ipindex.core.formula.Coverage.Row;
import org.ipindex.core.model.Direction;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Node;
import org.ipindex.core.model.Panel;
import org.junit.jupiter.api.Test;

class CoverageTest {
  private static final Framework FRAMEWORK = Framework.of("tiny", List.of(
      Node.group("I", null, "指数", "Index", Double.NaN),
      Node.indicator("A", "I", Direction.POSITIVE),
      Node.indicator("B", "I", Direction.POSITIVE),
      Node.indicator("C", "I", Direction.POSITIVE),
      Node.indicator("D", "I", Direction.POSITIVE)));

  @Test
  void tells_direct_formula_partial_and_missing_apart_with_reasons() {
    Panel direct = Panel.builder(List.of("11", "12"), List.of("A"), new int[] {2024})
        .set(0, 0, 0, 1).set(1, 0, 0, 2).build();
    Panel measures = Panel.builder(List.of("11", "12"), List.of("m", "pop"), new int[] {2024})
        .set(0, 0, 0, 10).set(1, 0, 0, 20).set(0, 1, 0, 5).build();
    List<Definition> defs = List.of(
        new Definition("A", Formula.parse("m"), "件", true, ""),
        new Definition("B", Formula.parse("m / pop"), "件/万人", true, ""),
        new Definition("C", null, "件", false, "not published"));
    Derived derived = Derivation.derive(measures, defs);

    Coverage c = Coverage.of(FRAMEWORK, List.of("11", "12", "13"), 2024, direct, derived, defs);

    assertThat(c.rows()).containsExactly(
        new Row("A", "", Fill.PARTIAL, 2, 2, 2, "m", "yes", "13 2024: the unit is not in the data"),
        new Row("B", "", Fill.PARTIAL, 0, 1, 1, "m / pop", "yes", "12 2024: no value given; by formula: pop is missing for 12 in 2024"),
        new Row("C", "", Fill.NONE, 0, 0, 0, "", "no", "11 2024: no value given, and no formula (not published)"),
        new Row("D", "", Fill.NONE, 0, 0, 0, "", "", "11 2024: no value given, and no definition"));
    assertThat(c.rows().get(0).source()).isEqualTo("direct+formula");
    assertThat(c.rows().get(1).source()).isEqualTo("formula");
    assertThat(c.counts()).containsExactly(0, 2, 2);
  }
}
