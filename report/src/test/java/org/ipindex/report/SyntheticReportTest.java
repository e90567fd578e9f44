package org.ipindex.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.ipindex.report.demo.SyntheticReleases;
import org.ipindex.report.model.Lang;
import org.ipindex.store.ReleaseRow;
import org.ipindex.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of a full synthetic release pair (every indicator, 31 provinces and the nation, ten
 * years, seeded, 3 % of values missing and carried forward), in Chinese (all formats) and English
 * (PDF and HTML), read back and compared with the stored results.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheticReportTest {
  static final Path OUT = Path.of("target", "report-test", "synthetic");
  @TempDir
  static Path home;
  Store store;
  SyntheticReleases.Made made;
  List<Path> zh;
  List<Path> en;

  @BeforeAll
  void write() throws IOException {
    store = Store.open(home);
    made = SyntheticReleases.create(store, 10, 2024, 7);
    zh = ReportWriter.write(store, made.names(), Lang.ZH, EnumSet.allOf(ReportFormat.class), OUT);
    en = ReportWriter.write(store, made.names(), Lang.EN, EnumSet.of(ReportFormat.PDF, ReportFormat.HTML), OUT);
  }

  @AfterAll
  void close() {
    store.close();
  }

  private static Path file(List<Path> files, String extension) {
    return files.stream().filter(f -> f.toString().endsWith("." + extension)).findFirst().orElseThrow();
  }

  @Test
  void docx_national_table_equals_the_stored_results() throws IOException {
    List<ReleaseRow> all = store.releases().results(made.national());
    try (InputStream in = Files.newInputStream(file(zh, "docx")); XWPFDocument d = new XWPFDocument(in)) {
      XWPFTable t = ReadBack.docxTable(d, "2025年知识产权强国建设指数及分项指数");
      List<String> codes = List.of("NI", "ND1", "ND2", "ND3", "ND4", "ND5", "ND6");
      assertThat(t.getRows()).hasSize(1 + codes.size());
      for (int i = 0; i < codes.size(); i++) {
        XWPFTableRow row = t.getRow(i + 1);
        ReleaseRow now = ReadBack.rows(all, codes.get(i), 2024).get("CN");
        ReleaseRow before = ReadBack.rows(all, codes.get(i), 2023).get("CN");
        assertThat(row.getCell(1).getText().replaceAll("[a-z]+$", "")).isEqualTo(ReadBack.fixed(now.score(), 1));
        assertThat(row.getCell(2).getText()).isEqualTo(ReadBack.fixed(before.score(), 1));
        assertThat(row.getCell(3).getText()).isEqualTo(ReadBack.signed(now.change(), 1));
        assertThat(row.getCell(4).getText()).isEqualTo(ReadBack.signed(now.changePercent(), 1));
      }
    }
  }

  @Test
  void docx_province_table_has_every_pillar_score_rank_and_change() throws IOException {
    List<ReleaseRow> all = store.releases().results(made.regional());
    try (InputStream in = Files.newInputStream(file(zh, "docx")); XWPFDocument d = new XWPFDocument(in)) {
      XWPFTable t = ReadBack.docxTable(d, "各省份地区知识产权发展指数得分、排名及变化");
      for (XWPFTableRow row : t.getRows().subList(2, t.getRows().size())) {
        String unit = store.catalogue().require(row.getCell(1).getText());
        for (int p = 0; p < 3; p++) {
          ReleaseRow r = ReadBack.rows(all, "RP" + (p + 1), 2024).get(unit);
          assertThat(row.getCell(5 + 3 * p).getText()).isEqualTo(ReadBack.fixed(r.score(), 2));
          assertThat(row.getCell(6 + 3 * p).getText()).isEqualTo(ReadBack.fixed(r.rank(), 0));
          assertThat(row.getCell(7 + 3 * p).getText()).isEqualTo(ReadBack.signed(r.change(), 2));
        }
      }
    }
  }

  @Test
  void xlsx_national_series_behind_a_chart_equal_the_stored_results() throws IOException {
    Map<Integer, ReleaseRow> byYear = new java.util.HashMap<>();
    for (ReleaseRow r : store.releases().results(made.national())) {
      if (r.code().equals("ND3")) {
        byYear.put(r.year(), r);
      }
    }
    try (InputStream in = Files.newInputStream(file(zh, "xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet s = null;
      for (Sheet x : book) {
        if (x.getRow(0).getCell(0).getStringCellValue().contains("年知识产权市场运行指数（分）")) {
          s = x;
        }
      }
      assertThat(s).isNotNull();
      for (int r = 2; r < 2 + 10; r++) {
        int dataYear = (int) s.getRow(r).getCell(1).getNumericCellValue();
        ReleaseRow stored = byYear.get(dataYear);
        if (Double.isNaN(stored.score())) {
          assertThat(s.getRow(r).getCell(2).getStringCellValue()).isEqualTo("无数据");
        } else {
          assertThat(s.getRow(r).getCell(2).getNumericCellValue()).isEqualTo(stored.score());
        }
      }
    }
  }

  @Test
  void every_carried_forward_value_is_listed_with_its_source_year() throws IOException {
    String text = ReadBack.pdfText(file(zh, "pdf")).replaceAll("\\s+", "");
    assertThat(text).contains("沿用2023年数据", "该得分所用数据中有沿用此前年份或插补的值",
        "个省份的得分中有沿用此前年份或插补的数据，共");
    String english = ReadBack.pdfText(file(en, "pdf")).replaceAll("\\s+", " ");
    assertThat(english).contains("The 2025 evaluation puts the IP powerhouse construction index at",
        "carried forward from 2023", "All 82 indicators of the Regional IP development index have 2024 data");
  }

  @Test
  void english_pdf_pages_render_and_none_is_blank() throws Exception {
    List<Path> pages = ReadBack.pages(file(en, "pdf"), Path.of("target", "pages", "synthetic-en"), 40);
    assertThat(pages).hasSize(ReadBack.pdfPages(file(en, "pdf")));
    for (Path p : pages) {
      assertThat(ReadBack.ink(p)[0]).as("grey variance of %s", p).isGreaterThan(20);
    }
  }
}
