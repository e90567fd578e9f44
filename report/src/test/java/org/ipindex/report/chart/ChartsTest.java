package org.ipindex.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.ipindex.report.model.chart.BarChart;
import org.ipindex.report.model.chart.LineChart;
import org.ipindex.report.model.chart.MapChart;
import org.ipindex.report.model.chart.Series;
import org.ipindex.report.render.ReportFont;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

class ChartsTest {
  static org.w3c.dom.Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
  }

  @Test
  void draws_bars_with_their_values_notes_and_no_data_in_chinese() throws Exception {
    String svg = Charts.svg(new BarChart(List.of("知识产权强国建设指数", "知识产权制度指数"),
        List.of(new Series("2024年", List.of(120.1, Double.NaN)), new Series("2025年", List.of(125.46, 118.0))), 1,
        List.of("+5.4", ""), "无数据"));
    var doc = parse(svg);
    assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
    assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(1 + 3 + 2);
    assertThat(svg).contains(">125.5<", ">120.1<", ">118.0<", ">无数据<", ">+5.4<", ">2025年<",
        "font-family=\"WenQuanYi Micro Hei");
  }

  @Test
  void draws_a_line_with_its_target_and_bridges_a_missing_year_with_a_dashed_segment() throws Exception {
    String svg = Charts.svg(new LineChart(List.of("2020", "2021", "2022", "2023", "2024", "2025"),
        List.of(new Series("x", List.of(6.3, 7.5, Double.NaN, 11.8, Double.NaN, Double.NaN))), 12, 5, "2025年目标 12"));
    parse(svg);
    assertThat(svg).contains(">6.3<", ">11.8<", ">2025年目标 12<", "stroke-dasharray");
    assertThat(svg.split("<circle", -1)).hasSize(4);
  }

  @Test
  void draws_every_province_grey_without_data_with_a_legend_and_the_inset() throws Exception {
    String svg = Charts.svg(new MapChart(Map.of("44", 92.0, "11", 88.0, "65", 60.0), List.of(60.0, 75.0, 92.0), 2,
        "得分（分）", "无数据", "南海诸岛"));
    var doc = parse(svg);
    // 34 regions on the main map and those touching the South China Sea inset again
    assertThat(doc.getElementsByTagName("path").getLength()).isGreaterThan(34);
    assertThat(svg).contains(">广东<", ">新疆<", ">南海诸岛<", ">无数据<", ">60.00 – 75.00<", "#d4d4d4", "clip-path");
  }

  @Test
  void renders_a_png_that_is_not_blank() throws Exception {
    byte[] png = Charts.png(new BarChart(List.of("东部", "中部"), List.of(new Series("2025年", List.of(86.55, 81.58))),
        2, List.of(), "无数据"), ReportFont.awt(), 1f);
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(img.getWidth()).isEqualTo(640);
    long dark = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        dark += (img.getRGB(x, y) & 0xff) < 200 ? 1 : 0;
      }
    }
    assertThat(dark).isGreaterThan(1000);
  }
}
