package org.ipindex.core.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ipindex.core.formula.Expr.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormulaTest {
  @Test
  void reads_measures_with_qualifiers_and_fixed_units() {
    Formula f = Formula.parse("valid_patents[invention] / population_year_end * 10000 + valid_patents@FOREIGN");
    assertThat(f.inputs()).containsExactly("valid_patents[invention]", "population_year_end", "valid_patents");
    assertThat(f.references()).extracting(Reference::unit).containsExactly("", "", "FOREIGN");
    assertThat(f.references().get(0).position()).isZero();
    assertThat(f.references().get(1).position()).isEqualTo(27);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "a + b * c             | a + b * c",
      "(a + b) * c           | (a + b) * c",
      "a - (b - c)           | a - (b - c)",
      "a - b - c             | a - b - c",
      "a / (b * c)           | a / (b * c)",
      "a / b * c             | a / b * c",
      "-a * b                | -a * b",
      "-(a + b)              | -(a + b)",
      "a × b ÷ c             | a * b / c",
      "sum(a, b[x], 2.5)     | sum(a, b[x], 2.5)",
      "if_missing(a, 0)      | if_missing(a, 0)",
      "lag( a )              | lag(a)",
      "x[ invention ]@44     | x[invention]@44",
      "1e4 * a               | 10000 * a",
  })
  void writes_back_a_canonical_text_that_parses_to_itself(String text, String canonical) {
    Formula f = Formula.parse(text);
    assertThat(f.root().text()).isEqualTo(canonical);
    assertThat(Formula.parse(canonical).root().text()).isEqualTo(canonical);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "\"\"                    | 0  | the formula is empty; write an expression such as valid_patents[invention] / population_year_end",
      "a / (b + c            | 10 | expected ')' to close the '(' at character 5",
      "a + * b               | 4  | expected a number, a measure or '(' but found '*'",
      "a +                   | 3  | expected a number, a measure or '(' but the formula ends",
      "a b                   | 2  | expected an operator (+ - * /) but found 'b'",
      "a + b)                | 5  | ')' without a matching '('",
      "avg(a, b)             | 0  | unknown function 'avg'; use sum, if_missing, lag",
      "lag(a, b)             | 0  | lag takes 1 argument, got 2",
      "if_missing(a)         | 0  | if_missing takes 2 arguments, got 1",
      "sum()                 | 0  | sum takes at least 1 argument, got 0",
      "sum(a; b)             | 5  | expected ',' or ')' but found ';'",
      "x[ ]                  | 3  | expected a qualifier such as 'invention' after '['",
      "x[invention           | 11 | expected ']' after the qualifier 'invention'",
      "x@                    | 2  | expected a unit code such as FOREIGN or 44 after '@'",
      "a % b                 | 2  | expected an operator (+ - * /) but found '%'",
      "1e + a                | 1  | expected the digits of an exponent after 'e'",
      "a * 万                | 4  | expected a number, a measure or '(' but found '万'",
  })
  void reports_the_position_and_what_was_expected(String text, int position, String problem) {
    assertThatThrownBy(() -> Formula.parse(text))
        .isInstanceOfSatisfying(FormulaException.class, e -> {
          assertThat(e.position()).isEqualTo(position);
          assertThat(e.problem()).isEqualTo(problem);
          assertThat(e.getMessage()).isEqualTo("%s at character %d of '%s'".formatted(problem, position + 1, text));
        });
  }

  @Test
  void points_at_the_problem_with_a_caret() {
    FormulaException e = (FormulaException) catchThrowable(() -> Formula.parse("a / (b + c"));
    assertThat(e.pointer()).isEqualTo("a / (b + c\n          ^");
  }

  private static Throwable catchThrowable(Runnable r) {
    try {
      r.run();
      return null;
    } catch (RuntimeException e) {
      return e;
    }
  }

  @Test
  void lists_each_input_once() {
    assertThat(Formula.parse("a / b + a * lag(b)").inputs()).isEqualTo(new java.util.LinkedHashSet<>(List.of("a", "b")));
  }

  @Test
  void renames_series_keeping_fixed_units() {
    Formula f = Formula.parse("valid_invention_patents / population_year_end * 10000 + x@FOREIGN");
    Formula g = f.withSeries(s -> s.equals("valid_invention_patents") ? "valid_patents[invention]" : s);
    assertThat(g.text()).isEqualTo("valid_patents[invention] / population_year_end * 10000 + x@FOREIGN");
    assertThat(g.inputs()).containsExactly("valid_patents[invention]", "population_year_end", "x");
    assertThatThrownBy(() -> f.withSeries(s -> "not a code")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'not a code' is not a series code such as valid_patents[invention]");
  }
}
