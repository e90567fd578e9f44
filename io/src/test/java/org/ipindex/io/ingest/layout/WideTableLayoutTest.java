package org.ipindex.io.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ipindex.io.ingest.Fixtures;
import org.ipindex.io.ingest.Issue;
import org.ipindex.io.ingest.Parsed;
import org.ipindex.io.ingest.catalogue.StoredValues;
import org.ipindex.io.ingest.validate.Outcome;
import org.ipindex.io.ingest.validate.Validation;
import org.ipindex.io.ingest.validate.ValidationOptions;
import org.junit.jupiter.api.Test;

class WideTableLayoutTest {
  private static Mapping mapping(String yaml) throws IOException {
    List<Issue> issues = new ArrayList<>();
    Mapping m = Mapping.read("m.yaml", Fixtures.text(yaml), issues);
    assertThat(issues).isEmpty();
    return m;
  }

  private static List<String> values(Parsed p) {
    Outcome o = Validation.check(p, Fixtures.catalogue(), StoredValues.NONE, ValidationOptions.DEFAULT);
    assertThat(o.problems().errors()).isEmpty();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < o.rows().size(); i++) {
      out.add("%s %s %d %s".formatted(o.rows().measure(i), o.rows().region(i), o.rows().year(i), o.rows().value(i)));
    }
    return out;
  }

  @Test
  void reads_measures_as_columns_by_code_alias_or_mapping() throws IOException {
    Parsed p = WideTableLayout.read("w.csv", Fixtures.text("""
        地区,有效发明专利量,人口,GDP,备注
        广东省,"663,490",12780,14.16万,
        江苏省,600000,8526,13.7万,revised
        """), mapping("""
        year: 2024
        columns:
          人口: {measure: population_year_end, unit: 万人}
          D: {unit: 亿元}
        skip_columns: [备注]
        """));
    assertThat(p.issues()).isEmpty();
    assertThat(values(p)).containsExactly(
        "valid_patents[invention] 44 2024 663490.0", "population_year_end 44 2024 12780.0", "gdp 44 2024 141600.0",
        "valid_patents[invention] 32 2024 600000.0", "population_year_end 32 2024 8526.0", "gdp 32 2024 137000.0");
    assertThat(p.rows().get(2).where().describe()).isEqualTo("w.csv, row 2, column D (GDP)");
  }

  @Test
  void reads_years_as_columns() throws IOException {
    Parsed p = WideTableLayout.read("y.csv", Fixtures.text("""
        省份,2022年,2023年,2024年
        北京,43760.7,,49843.1
        """), mapping("measure: gdp\nunit: 亿元\n"));
    assertThat(p.missing()).isEqualTo(1);
    assertThat(values(p)).containsExactly("gdp 11 2022 43760.7", "gdp 11 2024 49843.1");
  }

  @Test
  void reads_two_header_rows_with_merged_years_from_xlsx() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      book.createSheet("说明").createRow(0).createCell(0).setCellValue("见下一页");
      XSSFSheet sheet = book.createSheet("表5");
      XSSFRow top = sheet.createRow(0);
      top.createCell(0).setCellValue("地区");
      top.createCell(1).setCellValue("2023年");
      top.createCell(3).setCellValue("2024年");
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 1, 2));
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 3, 4));
      XSSFRow sub = sheet.createRow(1);
      String[] labels = {"有效发明专利量", "年末常住人口", "有效发明专利量", "年末常住人口"};
      for (int c = 0; c < 4; c++) {
        sub.createCell(c + 1).setCellValue(labels[c]);
      }
      XSSFRow gd = sheet.createRow(2);
      gd.createCell(0).setCellValue("Guangdong");
      double[] v = {574323, 12706, 663490, 12780};
      for (int c = 0; c < 4; c++) {
        gd.createCell(c + 1).setCellValue(v[c]);
      }
      book.write(bytes);
    }
    Parsed p = WideTableLayout.read("w.xlsx", new java.io.ByteArrayInputStream(bytes.toByteArray()),
        mapping("sheet: 表5\nheader_rows: 2\n"));
    assertThat(p.issues()).isEmpty();
    assertThat(values(p)).containsExactly("valid_patents[invention] 44 2023 574323.0", "population_year_end 44 2023 12706.0",
        "valid_patents[invention] 44 2024 663490.0", "population_year_end 44 2024 12780.0");
    assertThat(p.rows().get(3).where().describe()).isEqualTo("w.xlsx, sheet 表5, row 3, column E (2024年 年末常住人口)");
  }

  @Test
  void says_what_a_mapping_lacks() throws IOException {
    Parsed p = WideTableLayout.read("w.csv", Fixtures.text("地区,有效发明专利量,,2024年\n广东,1,2,3\n"), mapping("unit: 件\n"));
    assertThat(p.issues()).extracting(Issue::toString).containsExactly(
        "w.csv, row 1, column B (有效发明专利量): column B (有效发明专利量) has no year: the header has none and the mapping gives none; "
            + "give year: 2024 in the mapping, or a year in the header (2024年)",
        "w.csv, row 1, column C: column C has values but no header; give it a header (a measure or a year), name it under "
            + "columns: in the mapping, or list it under skip_columns:",
        "w.csv, row 1, column D (2024年): column D (2024年) holds a year but no measure is named; give the measure: "
            + "measure: CODE for the whole table, or columns: {D: {measure: CODE}}");
  }

  @Test
  void names_a_sheet_that_is_not_there_and_bad_mapping_keys() throws IOException {
    List<Issue> issues = new ArrayList<>();
    assertThat(Mapping.read("m.yaml", Fixtures.text("yeer: 2024\nheader_rows: two\n"), issues)).isNull();
    assertThat(issues).extracting(Issue::toString).containsExactly(
        "m.yaml: unknown key 'yeer' (did you mean 'year'?); use only layout, sheet, header_rows, region_column, measure, "
            + "year, unit, columns, skip_columns, parts, countries",
        "m.yaml: header_rows is 'two', not a whole number; write e.g. header_rows: 1");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      book.createSheet("表5");
      book.write(bytes);
    }
    Parsed p = WideTableLayout.read("w.xlsx", new java.io.ByteArrayInputStream(bytes.toByteArray()), mapping("sheet: 表6\nyear: 2024\n"));
    assertThat(p.issues()).extracting(Issue::toString).containsExactly(
        "w.xlsx: sheet '表6' is not in the workbook (sheets: 表5) (did you mean '表5'?); name a sheet of the workbook, or its number from 1");
  }

  @Test
  void names_a_file_that_is_not_a_workbook() throws IOException {
    Parsed p = WideTableLayout.read("w.xlsx", Fixtures.text("地区,x\n"), mapping("year: 2024\n"));
    assertThat(p.issues()).hasSize(1);
    assertThat(p.issues().get(0).toString()).startsWith("w.xlsx: the file is not an XLSX workbook (")
        .endsWith("); save it from Excel or WPS as .xlsx, or export the sheet as CSV UTF-8");
  }
}
