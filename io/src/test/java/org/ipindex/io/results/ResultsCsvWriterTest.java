package org.ipindex.io.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ipindex.core.result.ResultRow;
import org.ipindex.core.result.Results;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsCsvWriterTest {
  @TempDir Path dir;

  @Test
  void numbers_parse_back_to_the_same_doubles() throws Exception {
    Results results = TinyResults.results();
    List<CSVRecord> records = parse(csv(results));
    List<ResultRow> rows = results.rows();

    assertThat(records).hasSize(rows.size() + 1);
    for (int i = 0; i < rows.size(); i++) {
      ResultRow row = rows.get(i);
      CSVRecord rec = records.get(i + 1);
      assertThat(Double.valueOf(number(rec.get("score")))).isEqualTo(Double.valueOf(row.score()));
      assertThat(Double.valueOf(number(rec.get("rank")))).isEqualTo(Double.valueOf(row.rank()));
      assertThat(Double.valueOf(number(rec.get("change")))).isEqualTo(Double.valueOf(row.change()));
      assertThat(Double.valueOf(number(rec.get("change_pct")))).isEqualTo(Double.valueOf(row.changePercent()));
      assertThat(Double.valueOf(number(rec.get("coverage")))).isEqualTo(Double.valueOf(row.coverage()));
      assertThat(Integer.parseInt(rec.get("level"))).isEqualTo(row.level());
      assertThat(Integer.parseInt(rec.get("evaluation_year"))).isEqualTo(row.year() + 1);
    }
  }

  @Test
  void writes_plain_decimals_and_leaves_missing_values_empty() throws Exception {
    List<String> lines = csv(TinyResults.results()).lines().toList();

    assertThat(lines.get(0)).isEqualTo(
        "unit,unit_name,year,evaluation_year,code,level,name_zh,name_en,score,rank,change,change_pct,coverage");
    assertThat(lines).contains(
        "11,北京,2022,2023,IDX,3,综合指数,Index,70,1,,,1",
        "'-X,'@evil,2022,2023,IDX,3,综合指数,Index,,,,,",
        "11,北京,2022,2023,P,2,知识产权保护,'=Protection,0.30000000000000004,3,,,1",
        "12,天津,2022,2023,I1,1,结案量,Cases,0.00001,3,,,0.5",
        "-X,'@evil,2022,2023,I3,1,,,1.0E20,1,,,1".replace("-X", "'-X"),
        "12,天津,2023,2024,I1,1,结案量,Cases,123456789.123,1,123456789.12299,1.2345678912298998E15,0.5",
        "11,北京,2023,2024,I2,1,,,-0,3,-100,-100,1");
  }

  @Test
  void does_not_depend_on_the_default_locale() throws Exception {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      String german = csv(TinyResults.results());
      Locale.setDefault(Locale.ROOT);
      assertThat(german).isEqualTo(csv(TinyResults.results())).contains("72.25");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void writes_a_file_with_or_without_byte_order_mark() throws Exception {
    Results results = TinyResults.results();

    ResultsCsvWriter.write(results, dir.resolve("plain.csv"));
    ResultsCsvWriter.write(results, dir.resolve("excel.csv"), true);

    byte[] plain = Files.readAllBytes(dir.resolve("plain.csv"));
    byte[] excel = Files.readAllBytes(dir.resolve("excel.csv"));
    assertThat(new String(plain, StandardCharsets.UTF_8)).isEqualTo(csv(results));
    assertThat(new String(excel, StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + csv(results));
  }

  @Test
  void guards_only_text_that_a_spreadsheet_would_run() {
    assertThat(ResultsCsvWriter.guard("=SUM(A1)")).isEqualTo("'=SUM(A1)");
    assertThat(ResultsCsvWriter.guard("+1")).isEqualTo("'+1");
    assertThat(ResultsCsvWriter.guard("@x")).isEqualTo("'@x");
    assertThat(ResultsCsvWriter.guard("\tx")).isEqualTo("'\tx");
    assertThat(ResultsCsvWriter.guard("北京")).isEqualTo("北京");
    assertThat(ResultsCsvWriter.guard("")).isEmpty();
  }

  static String csv(Results results) throws Exception {
    StringWriter out = new StringWriter();
    ResultsCsvWriter.write(results, out);
    return out.toString();
  }

  private static List<CSVRecord> parse(String text) throws Exception {
    return CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(text)).getRecords().stream()
        .collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), l -> {
          l.add(0, null);
          return l;
        }));
  }

  private static double number(String cell) {
    return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
  }
}
