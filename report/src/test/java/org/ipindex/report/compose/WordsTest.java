package org.ipindex.report.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipindex.report.model.Cell;
import org.ipindex.report.model.Lang;
import org.junit.jupiter.api.Test;

class WordsTest {
  private final Words zh = new Words(Lang.ZH);
  private final Words en = new Words(Lang.EN);

  @Test
  void prints_scores_in_points_with_the_decimals_asked_half_up_on_the_decimal_value() {
    assertThat(zh.points(125.45, 1)).isEqualTo("125.5分");
    assertThat(zh.points(81.0, 2)).isEqualTo("81.00分");
    assertThat(en.points(92.175, 2)).isEqualTo("92.18 points");
    // 1.005 is 1.00499… in binary; the report rounds the decimal value as printed, like ReportNumbers
    assertThat(zh.fixed(1.005, 2)).isEqualTo("1.01");
    assertThat(zh.points(Double.NaN, 1)).isEqualTo("无数据");
    assertThat(en.points(Double.NaN, 1)).isEqualTo("no data");
  }

  @Test
  void prints_changes_as_words_and_never_minus_zero() {
    assertThat(zh.change(1.35, 2)).isEqualTo("提高1.35分");
    assertThat(zh.change(-0.3, 1)).isEqualTo("下降0.3分");
    assertThat(zh.change(-0.004, 2)).isEqualTo("持平");
    assertThat(en.change(2.6, 1)).isEqualTo("up 2.6 points");
    assertThat(en.change(Double.NaN, 1)).isEqualTo("change not available");
    assertThat(zh.signed(-0.004, 2)).isEqualTo("0.00");
    assertThat(zh.signed(0.26, 2)).isEqualTo("+0.26");
    assertThat(zh.signed(-1.2, 1)).isEqualTo("-1.2");
    assertThat(zh.growth(4.54)).isEqualTo("增长4.5%");
    assertThat(en.growth(-1.25)).isEqualTo("down 1.3%");
  }

  @Test
  void prints_quantities_in_wan_and_yi_for_chinese_readers_and_grouped_for_english_ones() {
    assertThat(zh.quantity(490100, "件")).isEqualTo("49.01万件");
    assertThat(zh.quantity(8385, "件")).isEqualTo("8385件");
    assertThat(zh.quantity(216610000, "万元")).isEqualTo("21661.00亿元");
    assertThat(zh.quantity(153200, "亿元")).isEqualTo("15.32万亿元");
    assertThat(zh.quantity(3765.2, "亿元")).isEqualTo("3765.2亿元");
    assertThat(zh.quantity(12.71, "%")).isEqualTo("12.71%");
    assertThat(zh.quantity(15.5, "月")).isEqualTo("15.5个月");
    assertThat(en.quantity(490100, "件")).isEqualTo("490,100");
    assertThat(en.quantity(3765.2, "亿元")).isEqualTo("CNY 376.52 billion");
    assertThat(en.quantity(82.04, "分")).isEqualTo("82.04 points");
    assertThat(en.quantity(11.8, "件/万人")).isEqualTo("11.8 (件/万人)");
  }

  @Test
  void joins_names_as_each_language_does() {
    assertThat(zh.list(java.util.List.of("广东", "上海", "北京"))).isEqualTo("广东、上海和北京");
    assertThat(en.list(java.util.List.of("Guangdong", "Shanghai", "Beijing"))).isEqualTo("Guangdong, Shanghai and Beijing");
    assertThat(zh.subNumber(3, 12)).isEqualTo("（十二）");
    assertThat(en.subNumber(3, 12)).isEqualTo("3.12 ");
  }

  @Test
  void cells_keep_the_exact_number_and_say_no_data_instead_of_zero() {
    Cell c = zh.scoreCell(64.8349, 2);
    assertThat(c.value()).isEqualTo(64.8349);
    assertThat(c.text()).isEqualTo("64.83");
    assertThat(zh.scoreCell(Double.NaN, 2)).isEqualTo(Cell.text("无数据"));
    Cell share = zh.shareCell(0.0625);
    assertThat(share.percent()).isTrue();
    assertThat(share.text()).isEqualTo("6.3%");
  }
}
