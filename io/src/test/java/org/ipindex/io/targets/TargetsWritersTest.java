package org.ipindex.io.targets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ipindex.core.model.Direction;
import org.ipindex.core.target.AlternativeBaseline;
import org.ipindex.core.target.Comparison;
import org.ipindex.core.target.Observations;
import org.ipindex.core.target.Progress;
import org.ipindex.core.target.ProgressTable;
import org.ipindex.core.target.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetsWritersTest {
  @TempDir Path dir;

  /** Two targets: high-value patents (on track, an alternative baseline) and a set with nothing observed. */
  static ProgressTable table() {
    Target patents = new Target("expected_2025", "high_value_patents_per_10k", "每万人口高价值发明专利拥有量",
        "High-value invention patents per 10,000 people", "件", "patents", Direction.POSITIVE, Comparison.REACH, 2020,
        6.3, 2025, 12, Double.NaN, "000 表1", "=not a formula", List.of(new AlternativeBaseline(6.2, "002")), "N26");
    Target zones = new Target("expected_2025", "zones", "集聚区", "Zones", "家", "zones", Direction.POSITIVE,
        Comparison.ABOUT, 2020, Double.NaN, 2025, 10, Double.NaN, "003", "", List.of(), "");
    Observations observed = Observations.of(Map.of("high_value_patents_per_10k",
        Map.of(2020, 6.3, 2021, 7.5, 2022, 9.4, 2023, 11.8)));
    return ProgressTable.assess(Progress.DEFAULTS, "expected_2025", 2023, List.of(patents, zones), observed);
  }

  @Test
  void writes_csv_that_parses_back_to_the_same_numbers() throws Exception {
    ProgressTable t = table();
    StringWriter out = new StringWriter();

    TargetsCsvWriter.write(t, out);

    List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(out.toString()))
        .getRecords();
    assertThat(records).hasSize(2);
    CSVRecord r = records.get(0);
    assertThat(r.get("status")).isEqualTo("on_track");
    assertThat(r.get("status_zh")).isEqualTo("符合预期");
    assertThat(Double.parseDouble(r.get("ratio"))).isEqualTo(t.rows().get(0).result().ratio());
    assertThat(Double.parseDouble(r.get("growth_actual"))).isEqualTo(t.rows().get(0).result().actualGrowth());
    assertThat(r.get("baseline_value")).isEqualTo("6.3");
    assertThat(r.get("latest_year")).isEqualTo("2023");
    assertThat(r.get("first_met_year")).isEmpty();
    assertThat(r.get("note")).isEqualTo("'=not a formula");
    assertThat(r.get("alternatives")).isEqualTo("6.2 (002): on_track, R 1.69");
    assertThat(r.get("sentence_zh")).startsWith("每万人口高价值发明专利拥有量2023年为11.8件");
    assertThat(records.get(1).get("status")).isEqualTo("not_assessable");
    assertThat(records.get(1).get("flags")).isEqualTo("no_observation");
    assertThat(records.get(1).get("latest_year")).isEmpty();
    assertThat(out.toString()).doesNotContain("\r\n").startsWith("set,year,order,code,name_zh,name_en");
  }

  @Test
  void writes_json_with_nulls_flags_and_observed_values() throws Exception {
    Path file = dir.resolve("targets.json");

    TargetsJsonWriter.write(table(), file);

    JsonNode root = new ObjectMapper().readTree(file.toFile());
    assertThat(root.get("set").asText()).isEqualTo("expected_2025");
    assertThat(root.get("year").asInt()).isEqualTo(2023);
    assertThat(root.get("method").get("on_track").asDouble()).isEqualTo(0.95);
    JsonNode first = root.get("rows").get(0);
    assertThat(first.get("status").asText()).isEqualTo("on_track");
    assertThat(first.get("latest_value").asDouble()).isEqualTo(11.8);
    assertThat(first.get("target_year").isIntegralNumber()).isTrue();
    assertThat(first.get("first_met_year").isNull()).isTrue();
    assertThat(first.get("observed").get("2021").asDouble()).isEqualTo(7.5);
    assertThat(first.get("alternatives").get(0).get("baseline_value").asDouble()).isEqualTo(6.2);
    JsonNode second = root.get("rows").get(1);
    assertThat(second.get("flags").get(0).asText()).isEqualTo("no_observation");
    assertThat(second.get("ratio").isNull()).isTrue();
  }

  @Test
  void writes_xlsx_with_numeric_cells_and_the_observed_values() throws Exception {
    Path file = dir.resolve("targets.xlsx");

    TargetsXlsxWriter.write(table(), file);

    try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet targets = book.getSheet("targets");
      assertThat(targets.getRow(0).getCell(TargetColumns.NAMES.indexOf("ratio")).getStringCellValue()).isEqualTo("ratio");
      assertThat(book.getFontAt(targets.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
      assertThat(targets.getPaneInformation().isFreezePane()).isTrue();
      assertThat(targets.getRow(1).getCell(TargetColumns.NAMES.indexOf("ratio")).getCellType())
          .isEqualTo(CellType.NUMERIC);
      assertThat(targets.getRow(1).getCell(TargetColumns.NAMES.indexOf("note")).getStringCellValue())
          .isEqualTo("=not a formula");
      assertThat(targets.getRow(2).getCell(TargetColumns.NAMES.indexOf("ratio"))).isNull();
      Sheet observed = book.getSheet("observed");
      assertThat(observed.getRow(0).getCell(3).getStringCellValue()).isEqualTo("2020");
      assertThat(observed.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(11.8);
      assertThat(observed.getRow(1).getCell(8).getNumericCellValue()).isEqualTo(12.0);
    }
  }
}
