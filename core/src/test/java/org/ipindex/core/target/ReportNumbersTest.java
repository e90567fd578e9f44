package org.ipindex.core.target;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportNumbersTest {
  @Test
  void prints_values_as_the_report_does_without_trailing_zeros() {
    assertThat(ReportNumbers.value(3765.2)).isEqualTo("3765.2");
    assertThat(ReportNumbers.value(3783.0)).isEqualTo("3783");
    assertThat(ReportNumbers.value(13.923849)).isEqualTo("13.92");
    assertThat(ReportNumbers.value(0.125)).isEqualTo("0.13");
    assertThat(ReportNumbers.value(0.00123456)).isEqualTo("0.00123");
    assertThat(ReportNumbers.value(-0.001)).isEqualTo("-0.001");
    assertThat(ReportNumbers.value(-0.0001)).isEqualTo("-0.0001");
    assertThat(ReportNumbers.value(Double.NaN)).isEqualTo("—");
  }

  @Test
  void prints_growth_rates_with_one_decimal_from_one_per_cent_and_two_below() {
    assertThat(ReportNumbers.percent(0.05632)).isEqualTo("5.6%");
    assertThat(ReportNumbers.percent(0.5762)).isEqualTo("57.6%");
    assertThat(ReportNumbers.percent(0.00135)).isEqualTo("0.14%");
    assertThat(ReportNumbers.percent(-0.2)).isEqualTo("-20.0%");
    assertThat(ReportNumbers.share(0.4569)).isEqualTo("46%");
    assertThat(ReportNumbers.ratio(1.829072)).isEqualTo("1.83");
  }

  @Test
  void counts_years_in_words() {
    assertThat(ReportNumbers.countZh(1)).isEqualTo("一");
    assertThat(ReportNumbers.countZh(2)).isEqualTo("两");
    assertThat(ReportNumbers.countZh(10)).isEqualTo("十");
    assertThat(ReportNumbers.countZh(12)).isEqualTo("12");
    assertThat(ReportNumbers.yearsEn(1)).isEqualTo("one year");
    assertThat(ReportNumbers.yearsEn(2)).isEqualTo("two years");
    assertThat(ReportNumbers.yearsEn(11)).isEqualTo("11 years");
  }

  @Test
  void puts_units_after_values_in_each_language() {
    assertThat(ReportNumbers.withUnitZh(15.5, "个月")).isEqualTo("15.5个月");
    assertThat(ReportNumbers.withUnitEn(12.71, "%")).isEqualTo("12.71%");
    assertThat(ReportNumbers.withUnitEn(82.04, "points")).isEqualTo("82.04 points");
  }
}
