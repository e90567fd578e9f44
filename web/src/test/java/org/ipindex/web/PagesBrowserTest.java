package org.ipindex.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The pages in headless Chromium against the real server: every page in both languages without a console
 * error, the map, a click on a province, the language toggle, and the ranking's download against the table
 * shown. Screenshots go to target/screenshots.
 */
class PagesBrowserTest {
  static final List<String> PAGES = List.of("/", "/provinces.html", "/map.html", "/province.html?unit=44",
      "/indicators.html", "/indicators.html?framework=national", "/targets.html", "/methodology.html",
      "/methodology.html?framework=national");

  @TempDir
  static Path home;
  static TestServer t;
  static Browser b;

  @BeforeAll
  static void start() {
    t = TestServer.start(home);
    b = Browser.start();
  }

  @AfterAll
  static void stop() {
    try {
      b.close();
    } finally {
      t.close();
    }
  }

  private void open(String page, String lang) {
    b.open(t.uri(page + (page.contains("?") ? "&" : "?") + "test=1&lang=" + lang));
    b.chartsDrawn();
  }

  @Test
  void every_page_loads_in_both_languages_without_a_console_error_or_a_stray_null() {
    for (String lang : List.of("zh", "en")) {
      for (String page : PAGES) {
        open(page, lang);
        String text = b.driver.findElement(By.tagName("body")).getText();
        var console = b.console();
        assertThat(console).as(page + " " + lang).noneMatch(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue());
        assertThat(console).as(page + " " + lang + ": warnings").noneMatch(e -> e.getMessage().contains("preload"));
        assertThat(text).as(page + " " + lang).doesNotContain("undefined", "NaN", "null", "[object");
        assertThat(b.driver.findElements(By.cssSelector(".error"))).as(page + " shows an error").isEmpty();
        String name = (page.equals("/") ? "overview" : page.substring(1).replaceAll("\\.html", "").replaceAll("[^a-z0-9]+", "-"))
            + "-" + lang;
        b.fullPage(name);
      }
    }
  }

  @Test
  void the_map_colours_all_31_provinces_and_a_click_opens_the_profile() {
    open("/map.html", "zh");
    Map<?, ?> map = (Map<?, ?>) b.script("""
        const chart = echarts.getInstanceByDom(document.getElementById('map'));
        const data = chart.getOption().series[0].data.filter(d => typeof d.value === 'number' && isFinite(d.value));
        const drawn = new Set(echarts.getMap('china').geoJSON.features.map(f => f.properties.name));
        const geo = chart.getModel().getSeriesByIndex(0).coordinateSystem;
        const region = geo.getRegion('广东');
        const at = chart.convertToPixel({seriesIndex: 0}, region.getCenter());
        const box = document.getElementById('map').getBoundingClientRect();
        return {count: data.length, names: data.map(d => d.name), drawn: [...drawn], inset: !!geo.getRegion('南海诸岛'),
          x: at[0], y: at[1], w: box.width, h: box.height};
        """);
    assertThat(((Number) map.get("count")).intValue()).isEqualTo(31);
    List<String> drawn = strings(map.get("drawn"));
    List<String> names = strings(map.get("names"));
    assertThat(drawn).containsAll(names).contains("台湾", "香港", "澳门");
    assertThat(map.get("inset")).as("registered as 'china', the map has the South China Sea islands inset").isEqualTo(true);
    assertThat(names).doesNotContain("台湾", "香港", "澳门");
    b.screenshot("map-before-click");
    WebElement el = b.driver.findElement(By.id("map"));
    int dx = (int) Math.round(((Number) map.get("x")).doubleValue() - ((Number) map.get("w")).doubleValue() / 2);
    int dy = (int) Math.round(((Number) map.get("y")).doubleValue() - ((Number) map.get("h")).doubleValue() / 2);
    new Actions(b.driver).moveToElement(el, dx, dy).click().perform();
    b.waitUntil("the profile opened", () -> b.driver.getCurrentUrl().contains("/province.html?unit=44"));
    b.open(t.uri(b.driver.getCurrentUrl().substring(t.uri("/").toString().length() - 1)));
    b.chartsDrawn();
    assertThat(b.driver.findElement(By.id("unit-name")).getText()).contains("广东");
    assertThat(b.consoleErrors()).isEmpty();
    b.screenshot("profile-after-click");
  }

  @Test
  void the_language_toggle_switches_the_labels_to_the_frameworks_english_names_and_back() {
    open("/provinces.html", "zh");
    assertThat(headers()).contains("地区知识产权发展指数", "知识产权保护");
    assertThat(b.driver.findElement(By.cssSelector("nav")).getText()).contains("省份排名");
    b.driver.findElement(By.id("lang-toggle")).click();
    b.waitUntil("English labels", () -> headers().contains("Regional IP development index"));
    assertThat(headers()).contains("IP protection", "Judicial protection");
    assertThat(b.driver.findElement(By.cssSelector("nav")).getText()).contains("Provinces", "Methodology");
    assertThat(b.driver.findElement(By.cssSelector("#ranking tbody tr td[data-key=name]")).getText()).isEqualTo("Guangdong");
    assertThat(b.script("return document.documentElement.lang")).isEqualTo("en");
    b.screenshot("provinces-toggled-en");
    b.driver.findElement(By.id("lang-toggle")).click();
    b.waitUntil("Chinese labels", () -> headers().contains("地区知识产权发展指数"));
    assertThat(b.consoleErrors()).isEmpty();
  }

  private static List<String> strings(Object list) {
    return ((List<?>) list).stream().map(String::valueOf).toList();
  }

  private List<String> headers() {
    return b.driver.findElements(By.cssSelector("#ranking th")).stream().map(WebElement::getText).toList();
  }

  @Test
  void the_ranking_download_equals_the_table_shown() throws Exception {
    open("/provinces.html", "zh");
    new Select(b.driver.findElement(By.id("area"))).selectByValue("西部");
    b.waitUntil("filtered", () -> b.driver.findElements(By.cssSelector("#ranking tbody tr")).size() == 12);
    b.driver.findElement(By.cssSelector("#ranking th[data-key='RI.change']")).click();
    b.waitUntil("sorted", () -> b.driver.findElements(By.cssSelector("#ranking th.sorted[data-key='RI.change']")).size() == 1);
    b.screenshot("provinces-west-by-change");
    List<String> head = headers();
    List<List<String>> shown = new ArrayList<>();
    List<String> keys = b.driver.findElements(By.cssSelector("#ranking th")).stream().map(h -> h.getAttribute("data-key")).toList();
    for (WebElement tr : b.driver.findElements(By.cssSelector("#ranking tbody tr"))) {
      shown.add(tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList());
    }
    String href = b.driver.findElement(By.id("download")).getAttribute("href");
    assertThat(href).contains("format=csv", "area=", "sort=RI.change");
    String body = t.get(href.substring(href.indexOf("/api/"))).body();
    List<CSVRecord> csv = CSVFormat.DEFAULT.builder().get().parse(new StringReader(body.substring(1))).getRecords();
    assertThat(csv.get(0).toList()).isEqualTo(head);
    assertThat(csv).hasSize(shown.size() + 1);
    for (int r = 0; r < shown.size(); r++) {
      List<String> cells = csv.get(r + 1).toList();
      for (int c = 0; c < keys.size(); c++) {
        assertThat(shown(keys.get(c), cells.get(c))).as("row %d column %s", r + 1, keys.get(c)).isEqualTo(shown.get(r).get(c));
      }
    }
    assertThat(shown).allSatisfy(row -> assertThat(row.get(3)).isEqualTo("西部"));
  }

  /** Returns how the page shows a downloaded cell of a column (the pages' formats, in Java). */
  private static String shown(String key, String cell) {
    if (key.equals("rank")) {
      return cell.isEmpty() ? "—" : cell;
    }
    if (key.equals("coverage")) {
      return cell.isEmpty() ? "无数据" : new BigDecimal(Double.parseDouble(cell)).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
    if (key.endsWith(".change")) {
      if (cell.isEmpty()) {
        return "—";
      }
      double x = Double.parseDouble(cell);
      String abs = new BigDecimal(Math.abs(x)).setScale(2, RoundingMode.HALF_UP).toPlainString();
      return Double.parseDouble(abs) == 0 ? "0.00" : (x > 0 ? "▲" : "▼") + abs;
    }
    if (key.matches("R[IPS]\\d*")) {
      return cell.isEmpty() ? "无数据" : new BigDecimal(Double.parseDouble(cell)).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
    return cell;
  }
}
