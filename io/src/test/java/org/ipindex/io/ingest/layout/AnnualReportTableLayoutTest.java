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

  @Test
  void reads_the_trademark_and_geographical_indication_shapes() throws IOException {
    Parsed p = AnnualReportTableLayout.read("t.csv", Fixtures.text("""
        表 7 分地区国内商标申请、注册及有效注册年度状况（2023 年、2024 年）
        单位：件
        地区,2023 年,,,2024 年,,
        ,申请量,注册量,年末有效注册量,申请量,注册量,年末有效注册量
        国内总计,6988704,4247938,44047071,6786059,4639403,47620439

        表9 地理标志产品累计批准状况（2023年、2024年）
        单位：件
        国家和地区,年末累计批准数量,
        ,2023年,2024年
        合计,2508,2544
        国内总计,2368,2402
        北京,13,13
        国外在华总计,140,142
        西班牙,12,12
        """));
    assertThat(p.issues()).isEmpty();
    Outcome o = validate(p);
    assertThat(o.problems().errors()).isEmpty();
    assertThat(values(o)).containsEntry("trademark_applications CN 2023", 6988704.0)
        .containsEntry("valid_trademark_registrations CN 2024", 47620439.0)
        .containsEntry("gi_products_cumulative ALL 2024", 2544.0)
        .containsEntry("gi_products_cumulative FOREIGN 2023", 140.0)
        .containsEntry("gi_products_cumulative 11 2024", 13.0)
        .hasSize(6 + 8);
    assertThat(p.skipped()).containsExactly("表9: 1 country rows (西班牙): countries are not regions of the catalogue; "
        + "a mapping with countries: keep stages them");
  }

  @Test
  void stages_countries_when_asked_and_the_catalogue_then_names_them() throws IOException {
    List<Issue> mappingIssues = new java.util.ArrayList<>();
    Mapping keep = Mapping.read("m.yaml", Fixtures.text("layout: annual_report\ncountries: keep\n"), mappingIssues);
    Parsed p = AnnualReportTableLayout.read("tables-1-6.csv", Fixtures.resource("/ingest/cnipa/tables-1-6.csv"), keep);
    assertThat(p.skipped()).isEmpty();
    Outcome o = validate(p);
    assertThat(o.problems().errors()).extracting(Issue::code).containsOnly(IssueCode.UNKNOWN_REGION);
    assertThat(o.problems().errors().get(0).toString()).isEqualTo("tables-1-6.csv, row 65, column A: "
        + "region '安道尔' is not known; also in rows 261, 458; write a region's name or code as in data/region-aliases.csv "
        + "(广东, 广东省, Guangdong, 44 or 440000)");
  }

  @Test
  void needs_a_measure_when_the_title_names_none() throws IOException {
    String table = "地区,2024年\n,合计\n广东,100\n";
    Parsed none = AnnualReportTableLayout.read("x.csv", Fixtures.text(table));
    assertThat(none.issues()).extracting(Issue::toString).containsExactly(
        "x.csv, row 1, column B (2024年 合计): no measure for column B (2024年 合计) of the table: the title names none; give it in "
            + "a mapping (layout: annual_report and measure: valid_patents) or name the column (columns: {合计: CODE})",
        "x.csv, row 3, column A: values before any table header (a row starting with 地区 or 国家和地区); keep the header rows of "
            + "every table, as printed in the report");
    List<Issue> mappingIssues = new java.util.ArrayList<>();
    Mapping m = Mapping.read("m.yaml", Fixtures.text("layout: annual_report\nmeasure: patent_grants\nunit: 万件\n"), mappingIssues);
    Parsed given = AnnualReportTableLayout.read("x.csv", Fixtures.text(table), m);
    assertThat(values(validate(given))).containsExactly(Map.entry("patent_grants 44 2024", 1000000.0));
  }

  @Test
  void says_when_there_is_no_table() throws IOException {
    Parsed p = AnnualReportTableLayout.read("n.csv", Fixtures.text("附录一 统计资料\n"));
    assertThat(p.issues()).extracting(Issue::toString).containsExactly("n.csv: no table with values was found; keep the tables "
        + "as printed: a title (表 5 …), a unit line, two header rows (years, then 合计 发明 …), the rows");
  }
}
