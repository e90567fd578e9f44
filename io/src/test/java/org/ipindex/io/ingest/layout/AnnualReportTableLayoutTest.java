package org.ipindex.io.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ipindex.io.ingest.Fixtures;
import org.ipindex.io.ingest.Issue;
import org.ipindex.io.ingest.IssueCode;
import org.ipindex.io.ingest.Parsed;
import org.ipindex.io.ingest.StagedRow;
import org.ipindex.io.ingest.catalogue.InMemoryCatalogue;
import org.ipindex.io.ingest.catalogue.StoredValues;
import org.ipindex.io.ingest.validate.Outcome;
import org.ipindex.io.ingest.validate.Validation;
import org.ipindex.io.ingest.validate.ValidationOptions;
import org.ipindex.io.ingest.validate.ValidRows;
import org.junit.jupiter.api.Test;

/**
 * The CNIPA annual report's tables 1–6 as printed (XLSX with merged headers, and a CSV export of
 * the appendix) read into exactly the numbers of the tidy extract.
 */
class AnnualReportTableLayoutTest {
  private static final InMemoryCatalogue CATALOGUE = Fixtures.catalogue();

  /** (measure, region, year) → value from the tidy extract, countries left out. */
  private static Map<String, Double> tidy() throws IOException {
    Map<String, Double> out = new HashMap<>();
    try (var in = Fixtures.resource("/ingest/cnipa/tables-1-6.tidy.csv");
        var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
            .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (CSVRecord r : parser) {
        String type = r.get("region_type");
        if (type.equals("country")) {
          continue;
        }
        String region = switch (type) {
          case "total" -> r.get("section").equals("domestic") ? "CN" : "FOREIGN";
          case "province", "hk_mo_tw" -> r.get("province_code");
          default -> CATALOGUE.region(r.get("region_zh")).orElseThrow().code();
        };
        String part = r.get("ip_type");
        String measure = r.get("measure") + (part.equals("total") ? "" : "[" + part + "]");
        out.put(measure + " " + region + " " + r.get("year"), Double.parseDouble(r.get("value")));
      }
    }
    return out;
  }

  private static Map<String, Double> values(Outcome o) {
    Map<String, Double> out = new HashMap<>();
    ValidRows rows = o.rows();
    for (int i = 0; i < rows.size(); i++) {
      out.put(rows.measure(i) + " " + rows.region(i) + " " + rows.year(i), rows.value(i));
    }
    return out;
  }

  private static Outcome validate(Parsed p) {
    return Validation.check(p, CATALOGUE, StoredValues.NONE, ValidationOptions.DEFAULT);
  }

  @Test
  void reads_the_xlsx_tables_into_the_numbers_of_the_tidy_extract() throws IOException {
    Parsed p = AnnualReportTableLayout.read("tables-1-6.xlsx", Fixtures.resource("/ingest/cnipa/tables-1-6.xlsx"));
    assertThat(p.issues()).isEmpty();
    Outcome o = validate(p);
    assertThat(o.problems().errors()).isEmpty();
    Map<String, Double> expected = tidy();
    assertThat(expected).hasSize(3 * 51 * 8 + 3 * 8);
    assertThat(values(o)).isEqualTo(expected);
  }

  @Test
  void reads_the_csv_export_into_the_same_values_as_the_workbook() throws IOException {
    Parsed csv = AnnualReportTableLayout.read("tables-1-6.csv", Fixtures.resource("/ingest/cnipa/tables-1-6.csv"));
    Parsed xlsx = AnnualReportTableLayout.read("tables-1-6.xlsx", Fixtures.resource("/ingest/cnipa/tables-1-6.xlsx"));
    assertThat(csv.issues()).isEmpty();
    assertThat(values(validate(csv))).isEqualTo(tidy());
    List<StagedRow> a = csv.rows().asList();
    List<StagedRow> b = xlsx.rows().asList();
    assertThat(a).hasSameSizeAs(b);
    for (int i = 0; i < a.size(); i++) {
      assertThat(List.of(a.get(i).measure(), a.get(i).region(), a.get(i).year(), a.get(i).value()))
          .isEqualTo(List.of(b.get(i).measure(), b.get(i).region(), b.get(i).year(), b.get(i).value()));
    }
  }

  @Test
  void names_sheet_row_and_column_of_every_value() throws IOException {
    Parsed p = AnnualReportTableLayout.read("tables-1-6.xlsx", Fixtures.resource("/ingest/cnipa/tables-1-6.xlsx"));
    StagedRow first = p.rows().get(0);
    assertThat(first.measure()).isEqualTo("patent_applications");
    assertThat(first.region()).isEqualTo("国内总计");
    assertThat(first.where().describe()).isEqualTo("tables-1-6.xlsx, sheet 表1, row 5, column B (2023 年 合计)");
    StagedRow invention2024 = p.rows().asList().stream()
        .filter(r -> r.where().sheet().equals("表5") && r.region().equals("(深圳)") && r.measure().equals("valid_patents[invention]")
            && r.year() == 2024).findFirst().orElseThrow();
    assertThat(invention2024.where().describe()).isEqualTo("tables-1-6.xlsx, sheet 表5, row 55, column G (截至 2024 年年底 发明)");
  }

  @Test
  void lists_the_country_rows_it_skips() throws IOException {
    Parsed p = AnnualReportTableLayout.read("tables-1-6.csv", Fixtures.resource("/ingest/cnipa/tables-1-6.csv"));
    assertThat(p.skipped()).containsExactly(
        "表2: 122 country rows (安道尔, 阿联酋, 安提瓜和巴布达 …): countries are not regions of the catalogue; a mapping with countries: keep stages them",
        "表4: 123 country rows (安道尔, 阿联酋, 安提瓜和巴布达 …): countries are not regions of the catalogue; a mapping with countries: keep stages them",
        "表6: 149 country rows (安道尔, 阿联酋, 阿富汗 …): countries are not regions of the catalogue; a mapping with countries: keep stages them");
  }

  @Test
  void the_printed_tables_add_up_exactly() throws IOException {
    Outcome o = validate(AnnualReportTableLayout.read("tables-1-6.xlsx", Fixtures.resource("/ingest/cnipa/tables-1-6.xlsx")));
    assertThat(o.problems().warnings()).extracting(Issue::code).doesNotContain(IssueCode.REGIONS_DO_NOT_ADD_UP,
        IssueCode.PARTS_DO_NOT_ADD_UP);
  }

  @Test
  void warns_about_a_wrong_cell_twice_once_per_sum_it_breaks() throws IOException {
    String text = new String(Fixtures.resource("/ingest/cnipa/tables-1-6.csv").readAllBytes(), StandardCharsets.UTF_8);
    // 表5, 北京, 2024 发明: 663490 printed; a typing slip makes it 673490
    String wrong = text.replace("北京,1181142,574323,479757,127062,1255215,663490,", "北京,1181142,574323,479757,127062,1255215,673490,");
    assertThat(wrong).isNotEqualTo(text);
    Outcome o = validate(AnnualReportTableLayout.read("wrong.csv", Fixtures.text(wrong)));
    List<String> sums = o.problems().warnings().stream()
        .filter(i -> i.code() == IssueCode.REGIONS_DO_NOT_ADD_UP || i.code() == IssueCode.PARTS_DO_NOT_ADD_UP)
        .map(Issue::toString).toList();
    assertThat(sums).containsExactly(
        "wrong.csv, row 398, column G (截至 2024 年年底 发明): the regions of valid_patents[invention] in 2024 do not add up: "
            + "全国 (CN) is 4756307 but its 34 parts (北京, 天津, 河北 … 澳门) add up to 4766307, a difference of 10000 (0.21 %) "
            + "beyond the tolerance of 0.1 %; check the total and the parts, and correct the wrong one; if the difference is real, "
            + "accept it with --accept-warnings",
        "wrong.csv, row 399, column F (截至 2024 年年底 合计): the parts of valid_patents for 北京 (11) in 2024 do not add up: "
            + "the total is 1255215 but valid_patents[invention] + valid_patents[utility_model] + valid_patents[design] = "
            + "673490 + 465080 + 126645 = 1265215, a difference of 10000 (0.8 %) beyond the tolerance of 0.1 %; check the total "
            + "and its parts, and correct the wrong one; if the difference is real, accept it with --accept-warnings");
    assertThat(o.decision()).isEqualTo(Outcome.Decision.NEEDS_ACCEPTANCE);
  }
}
