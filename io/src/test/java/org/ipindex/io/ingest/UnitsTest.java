package org.ipindex.io.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.OptionalInt;
import org.ipindex.io.ingest.Units.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitsTest {
  @ParameterizedTest(name = "{0} → {1} × 10^{2}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "件      | 件   | 0",
      "万件    | 件   | 4",
      "亿件    | 件   | 8",
      "元      | 元   | 0",
      "万元    | 元   | 4",
      "亿元    | 元   | 8",
      "万亿元  | 元   | 12",
      "百万元  | 元   | 6",
      "万人    | 人   | 4",
      "%       | %    | 0",
      "％      | %    | 0",
      "百分比  | %    | 0",
      "‰       | %    | -1",
      "万      | \"\" | 4",
      "件/万人 | 件/万人 | 0",
  })
  void reads_multiplier_and_noun(String text, String noun, int exponent) {
    assertThat(Units.parse(text)).isEqualTo(new Unit(noun, exponent));
  }

  @ParameterizedTest(name = "{0} {1} = {3} {2}")
  @CsvSource(delimiter = '|', value = {
      "1.2    | 万件 | 件   | 12000",
      "475.63 | 万件 | 件   | 4756300",
      "3.5    | 亿元 | 万元 | 35000",
      "12345  | 万元 | 亿元 | 1.2345",
      "0.07   | 万元 | 元   | 700",
      "1      | 万亿元 | 亿元 | 10000",
      "5      | ‰    | %    | 0.5",
      "12.3   | %    | %    | 12.3",
  })
  void converts_exactly_by_powers_of_ten(String number, String from, String to, String expected) {
    OptionalInt k = Units.exponent(Units.parse(from), Units.parse(to));
    assertThat(k).isPresent();
    BigDecimal d = new BigDecimal(number);
    double converted = Notation.toDouble(d.unscaledValue().longValueExact(), d.scale() - k.getAsInt());
    assertThat(converted).isEqualTo(Double.parseDouble(expected));
  }

  @Test
  void refuses_to_convert_different_nouns() {
    assertThat(Units.exponent(Units.parse("万件"), Units.parse("元"))).isEmpty();
    assertThat(Units.exponent(Units.parse("件"), Units.parse("个"))).isEmpty();
    assertThat(Units.exponent(Units.parse("%"), Units.parse("件"))).isEmpty();
    assertThat(Units.exponent(Units.parse("万"), Units.parse("件"))).hasValue(4);
  }

  @Test
  void writes_units_canonically() {
    assertThat(Units.parse("万亿元").text()).isEqualTo("万亿元");
    assertThat(Units.parse("千万件").text()).isEqualTo("千万件");
  }
}
