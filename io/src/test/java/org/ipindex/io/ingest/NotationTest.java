package org.ipindex.io.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.ipindex.io.ingest.Notation.Kind;
import org.ipindex.io.ingest.Notation.Reading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NotationTest {
  @ParameterizedTest(name = "[{index}] ''{0}'' → {1} {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      // text              | exact value    | unit
      "1234                | 1234           | \"\"",
      "-3                  | -3             | \"\"",
      "+7.50               | 7.50           | \"\"",
      "0.000123            | 0.000123       | \"\"",
      "\"  42  \"          | 42             | \"\"",
      "1,234               | 1234           | \"\"",
      "1,234,567.89        | 1234567.89     | \"\"",
      "１２３              | 123            | \"\"",
      "１，２３４．５      | 1234.5         | \"\"",
      "1.2万               | 12000          | \"\"",
      "1.2 万              | 12000          | \"\"",
      "3.5亿               | 350000000      | \"\"",
      "0.07万亿            | 70000000000    | \"\"",
      "12.3%               | 12.3           | %",
      "12.3％              | 12.3           | %",
      "5‰                  | 0.5            | %",
      "12件                | 12             | 件",
      "1.2万件             | 12000          | 件",
      "3.5亿元             | 350000000      | 元",
      "475.63万件          | 4756300        | 件",
      "1.5e3               | 1500           | \"\"",
      "−12                 | -12            | \"\"",
      "1234567890123456789 | 1234567890123456790 | \"\"",
  })
  void reads_every_notation_exactly(String text, String exact, String unit) {
    Reading r = Notation.parse(text);
    assertThat(r.kind()).isEqualTo(Kind.NUMBER);
    assertThat(r.decimal()).isEqualByComparingTo(new BigDecimal(exact));
    assertThat(r.value()).isEqualTo(Double.parseDouble(exact));
    assertThat(r.unit()).isEqualTo(unit);
  }

  @ParameterizedTest(name = "[{index}] ''{0}'' is missing")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"\"\"", "\"   \"", "—", "——", "-", "－", "–", "…", "NA", "N/A"})
  void reads_blanks_and_dashes_as_missing(String text) {
    assertThat(Notation.parse(text).kind()).isEqualTo(Kind.MISSING);
    assertThat(Notation.parse(text).value()).isNaN();
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "12a       | after the number only a multiplier (万, 亿) or a unit (件, 元, 万元, %) may follow; write a number such as 1234, 1,234, 1.2万 or 12.5%, or leave the cell empty (or write —) for a missing value",
      "abc       | write a number such as 1234, 1,234, 1.2万 or 12.5%, or leave the cell empty (or write —) for a missing value",
      "1,23      | thousands separators go between groups of three digits (1,234,567.5); a decimal comma is not read: write 1.5, not 1,5",
      "1,5       | thousands separators go between groups of three digits (1,234,567.5); a decimal comma is not read: write 1.5, not 1,5",
      "1.2.3     | write one decimal point at most",
      "12 34     | after the number only a multiplier (万, 亿) or a unit (件, 元, 万元, %) may follow; write a number such as 1234, 1,234, 1.2万 or 12.5%, or leave the cell empty (or write —) for a missing value",
      ".         | write a number such as 1234, 1,234, 1.2万 or 12.5%, or leave the cell empty (or write —) for a missing value",
  })
  void names_what_is_wrong_and_how_to_write_it(String text, String fix) {
    Reading r = Notation.parse(text);
    assertThat(r.kind()).isEqualTo(Kind.INVALID);
    assertThat(r.problem()).isEqualTo("'" + text + "' is not a number");
    assertThat(r.fix()).isEqualTo(fix);
  }

  @Test
  void multipliers_never_leave_binary_residue() {
    // 1.2 × 10000 in binary floating point is 11999.999999999998 for some inputs; ours is exact
    for (int i = 1; i < 10_000; i++) {
      String text = BigDecimal.valueOf(i, 2).toPlainString() + "万";
      double v = Notation.parse(text).value();
      assertThat(v).as(text).isEqualTo(i * 100.0);
    }
    assertThat(Notation.parse("0.07").value() * 100).isNotEqualTo(7.0); // the trap we avoid
    assertThat(Notation.toDouble(7, 2 - 2)).isEqualTo(7.0);
  }

  @Test
  void converts_decimals_to_the_nearest_double() {
    assertThat(Notation.toDouble(1, 1)).isEqualTo(0.1);
    assertThat(Notation.toDouble(123456789012345678L, 5)).isEqualTo(1234567890123.45678);
    assertThat(Notation.toDouble(5, 30)).isEqualTo(5e-30);
    assertThat(Notation.toDouble(-25, -3)).isEqualTo(-25000.0);
  }
}
