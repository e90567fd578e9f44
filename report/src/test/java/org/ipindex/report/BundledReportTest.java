package org.ipindex.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.ipindex.app.ReleaseService;
import org.ipindex.app.StoreAccess;
import org.ipindex.core.stat.Stats;
import org.ipindex.report.model.Lang;
import org.ipindex.store.ReleaseRow;
import org.ipindex.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of the bundled real data (releases of the 2025 evaluation, 2024 data), written in the
 * four formats into {@code target/report-test/bundled} and read back: the PDF's text, fonts and page
 * images, the Word tables, the Excel cells and the HTML page, each compared with the releases' stored
 * results. Only part of the frameworks has data, so the report must say so and print no fake number.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BundledReportTest {
  static final Path OUT = Path.of("target", "report-test", "bundled");
  @TempDir
  static Path home;
  Store store;
  List<Path> files;

  @BeforeAll
  void write() throws IOException {
    store = StoreAccess.open(new StoreAccess.Location(home, null)).store();
    ReleaseService.create(store, new ReleaseService.Request("national-2025", "national", null, 2025, null, "test"));
    ReleaseService.create(store, new ReleaseService.Request("regional-2025", "regional", null, 2025, null, "test"));
    files = ReportWriter.write(store, List.of("national-2025", "regional-2025"), Lang.ZH,
        EnumSet.allOf(ReportFormat.class), OUT);
  }

  @AfterAll
  void close() {
    store.close();
  }

  private Path file(String extension) {
    return files.stream().filter(f -> f.toString().endsWith("." + extension)).findFirst().orElseThrow();
  }

  @Test
  void writes_one_file_per_format_named_by_year_and_language() {
    assertThat(files).extracting(f -> f.getFileName().toString())
        .containsExactly("report-2025-zh.docx", "report-2025-zh.pdf", "report-2025-zh.html", "report-2025-zh.xlsx");
  }

  @Test
  void pdf_text_has_the_headline_numbers_in_chinese() throws IOException {
    String text = ReadBack.pdfText(file("pdf")).replaceAll("\\s+", "");
    ReleaseRow ni = ReadBack.rows(store.releases().results("national-2025"), "NI", 2024).get("CN");
    assertThat(text).contains("2025年评价结果显示，知识产权强国建设指数达到" + ReadBack.fixed(ni.score(), 1) + "分");
    Map<String, ReleaseRow> ri = ReadBack.rows(store.releases().results("regional-2025"), "RI", 2024);
    Map<String, ReleaseRow> before = ReadBack.rows(store.releases().results("regional-2025"), "RI", 2023);
    double mean = Stats.mean(ri.values().stream().mapToDouble(ReleaseRow::score).toArray());
    double meanBefore = Stats.mean(before.values().stream().mapToDouble(ReleaseRow::score).toArray());
    assertThat(text).contains("全国各省份的地区知识产权发展指数平均得分" + ReadBack.fixed(mean, 2) + "分，比上年提高"
        + ReadBack.fixed(mean - meanBefore, 2) + "分");
    // the bundled data cover 9 of 82 regional indicators: the report says so and shows no score for the rest
    assertThat(text).contains("地区知识产权发展指数的82项指标中，9项有2024年数据", "不代表官方发布的指数",
        "知识产权保护无数据");
    assertThat(text).contains("沿用2023年数据");
  }

  @Test
  void pdf_embeds_the_chinese_font_and_only_it() throws IOException {
    try (PDDocument d = Loader.loadPDF(file("pdf").toFile())) {
      assertThat(d.getNumberOfPages()).isGreaterThan(15);
      for (PDPage page : d.getPages()) {
        PDResources r = page.getResources();
        for (var name : r.getFontNames()) {
          PDFont f = r.getFont(name);
          assertThat(f.isEmbedded()).as(f.getName()).isTrue();
          assertThat(f.getName()).contains("WenQuanYiMicroHei");
        }
      }
    }
  }

  @Test
  void pdf_has_an_outline_of_the_chapters() throws IOException {
    try (PDDocument d = Loader.loadPDF(file("pdf").toFile())) {
      List<String> titles = new java.util.ArrayList<>();
      d.getDocumentCatalog().getDocumentOutline().children().forEach(i -> titles.add(i.getTitle()));
      assertThat(titles).containsExactly("摘要", "第一章 预期性指标进展", "第二章 知识产权强国建设指数",
          "第三章 地区知识产权发展指数", "附录");
    }
  }

  @Test
  void pdf_pages_render_and_none_is_blank() throws Exception {
    List<Path> pages = ReadBack.pages(file("pdf"), Path.of("target", "pages", "bundled-zh"), 50);
    assertThat(pages).hasSize(ReadBack.pdfPages(file("pdf")));
    for (Path p : pages) {
      double[] ink = ReadBack.ink(p);
      assertThat(ink[0]).as("grey variance of %s", p).isGreaterThan(20);
      assertThat(ink[1]).as("inked share of %s", p).isGreaterThan(0.003);
    }
  }

  @Test
  void docx_province_table_equals_the_stored_results() throws IOException {
    List<ReleaseRow> all = store.releases().results("regional-2025");
    Map<String, ReleaseRow> ri = ReadBack.rows(all, "RI", 2024);
    Map<String, ReleaseRow> rp2 = ReadBack.rows(all, "RP2", 2024);
    try (InputStream in = Files.newInputStream(file("docx")); XWPFDocument d = new XWPFDocument(in)) {
      XWPFTable t = ReadBack.docxTable(d, "各省份地区知识产权发展指数得分、排名及变化");
      List<XWPFTableRow> rows = t.getRows();
      assertThat(rows).hasSize(2 + 31);
      assertThat(rows.get(0).getCell(2).getText()).contains("地区知识产权发展指数");
      for (XWPFTableRow row : rows.subList(2, rows.size())) {
        String unit = store.catalogue().require(row.getCell(1).getText());
        ReleaseRow r = ri.get(unit);
        assertThat(row.getCell(0).getText()).isEqualTo(ReadBack.fixed(r.rank(), 0));
        assertThat(number(row.getCell(2).getText())).as(unit).isEqualTo(ReadBack.fixed(r.score(), 2));
        assertThat(row.getCell(3).getText()).isEqualTo(ReadBack.signed(r.change(), 2));
        assertThat(row.getCell(5).getText()).isEqualTo("无数据");
        assertThat(row.getCell(8).getText()).isEqualTo(ReadBack.fixed(rp2.get(unit).score(), 2));
      }
    }
  }

  @Test
  void docx_has_headings_footnotes_contents_and_a_picture_per_chart() throws IOException {
    try (InputStream in = Files.newInputStream(file("docx")); XWPFDocument d = new XWPFDocument(in)) {
      List<String> headings = d.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
          .map(XWPFParagraph::getText).toList();
      assertThat(headings).containsExactly("摘要", "第一章 预期性指标进展", "第二章 知识产权强国建设指数",
          "第三章 地区知识产权发展指数", "附录");
      assertThat(d.getStyles().getStyle("Heading2")).isNotNull();
      assertThat(d.getFootnotes()).isNotEmpty();
      assertThat(d.getFootnotes()).anySatisfy(f -> assertThat(f.getParagraphs().get(0).getText())
          .contains("该得分所用数据中有1个值不是当年观测值"));
      assertThat(d.getAllPictures()).hasSize(14);
      assertThat(d.getDocument().xmlText()).contains("TOC \\o");
      assertThat(d.isEnforcedUpdateFields()).isTrue();
    }
  }

  @Test
  void xlsx_cells_equal_the_stored_results_exactly() throws IOException {
    List<ReleaseRow> all = store.releases().results("regional-2025");
    Map<String, ReleaseRow> ri = ReadBack.rows(all, "RI", 2024);
    try (InputStream in = Files.newInputStream(file("xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet sheet = sheet(book, "各省份地区知识产权发展指数得分、排名及变化");
      int checked = 0;
      for (int r = 3; r <= sheet.getLastRowNum(); r++) {
        var row = sheet.getRow(r);
        if (row == null || row.getCell(1) == null || row.getCell(2) == null) {
          continue;
        }
        String unit = store.catalogue().require(row.getCell(1).getStringCellValue());
        assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(ri.get(unit).score());
        assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(ri.get(unit).change());
        assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(ri.get(unit).rank());
        assertThat(row.getCell(5).getStringCellValue()).isEqualTo("无数据");
        checked++;
      }
      assertThat(checked).isEqualTo(31);
      // every chart has its numbers in a sheet of its own
      assertThat(book.getNumberOfSheets()).isGreaterThan(14 + 10);
      Sheet strategic = sheet(book, "重大战略区域地区知识产权发展指数平均得分及增幅");
      var groups = store.catalogue().groups("strategic_region");
      for (int r = 2; r < 2 + groups.size(); r++) {
        var row = strategic.getRow(r);
        List<String> members = groups.get(row.getCell(0).getStringCellValue());
        double mean = Stats.mean(members.stream().mapToDouble(u -> ri.get(u).score()).toArray());
        assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(mean);
      }
    }
  }

  @Test
  void html_is_one_self_contained_well_formed_page() throws Exception {
    String html = Files.readString(file("html"), StandardCharsets.UTF_8);
    assertThat(html).doesNotContain("<link", "<script", "src=\"", "url(http", "@import");
    assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "").replace(
        "xmlns=\"http://www.w3.org/1999/xhtml\"", "")).doesNotContain("http://", "https://");
    assertThat(html).contains("<svg", "知识产权强国建设指数");
    javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    var dom = f.newDocumentBuilder().parse(file("html").toFile());
    var all = dom.getElementsByTagNameNS("*", "*");
    List<String> ids = new java.util.ArrayList<>();
    for (int i = 0; i < all.getLength(); i++) {
      String id = ((org.w3c.dom.Element) all.item(i)).getAttribute("id");
      if (!id.isEmpty()) {
        ids.add(id);
      }
    }
    assertThat(ids).doesNotHaveDuplicates().contains("summary", "sec3-map", "F3-3", "F3-3-data");
  }

  private static Sheet sheet(XSSFWorkbook book, String caption) {
    for (Sheet s : book) {
      var cell = s.getRow(0) == null ? null : s.getRow(0).getCell(0);
      if (cell != null && cell.getStringCellValue().contains(caption)) {
        return s;
      }
    }
    throw new AssertionError("no sheet captioned " + caption);
  }

  /** Drops a note's mark after a number ("65.20a" → "65.20"). */
  private static String number(String cell) {
    return cell.replaceAll("[a-z]+$", "");
  }
}
