package org.ipindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ipindex import}, in-process on DuckDB in a temporary data directory. */
class ImportCommandTest {
  @TempDir
  Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private String home() {
    return dir.resolve("home").toString();
  }

  private Path csv(String name, String... lines) throws IOException {
    return Files.writeString(dir.resolve(name), "region,measure,year,value,unit,source\n" + String.join("\n", lines) + "\n");
  }

  private int batches() {
    Run b = run("data", "batches", "--home", home());
    return (int) b.out().lines().filter(l -> l.contains(" new, ")).count();
  }

  @Test
  void imports_a_good_long_csv() throws IOException {
    Path good = csv("good.csv", "广东,valid_patents[invention],2025,850000,件,test",
        "北京,valid_patents[invention],2025,600000,件,test");
    Run dry = run("import", good.toString(), "--dry-run", "--home", home());
    assertThat(dry.code()).as(dry.err()).isZero();
    int before = batches();
    assertThat(run("data", "show", "-m", "valid_patents_invention", "-r", "广东", "-y", "2025", "--home", home()).out())
        .doesNotContain("850000");
    Run imported = run("import", good.toString(), "--source-document", "test report", "--home", home());
    assertThat(imported.code()).as(imported.err() + imported.out()).isZero();
    assertThat(imported.out()).contains("good.csv: batch ", "2 new, 0 changed, 0 unchanged");
    assertThat(batches()).isEqualTo(before + 1);
    Run show = run("data", "show", "-m", "valid_patents_invention", "-r", "广东", "--home", home());
    assertThat(show.out()).containsPattern("44 +广东 .*792282 +850000");
  }

  @Test
  void rejects_a_bad_value_and_stores_nothing() throws IOException {
    run("data", "batches", "--home", home());
    int before = batches();
    Path bad = csv("bad.csv", "广东,valid_patents[invention],2025,85x000,件,test",
        "北京,valid_patents[invention],2025,600000,件,test");
    Run r = run("import", bad.toString(), "--home", home());
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).contains("bad.csv rejected, nothing stored", "85x000");
    assertThat(batches()).isEqualTo(before);
    assertThat(run("data", "show", "-m", "valid_patents_invention", "-r", "北京", "-y", "2025", "--home", home()).out())
        .doesNotContain("600000");
  }

  @Test
  void a_changed_value_needs_revise_and_a_reason() throws IOException {
    Path changed = csv("changed.csv", "广东,valid_patents[invention],2024,792300,件,test");
    Run refused = run("import", changed.toString(), "--home", home());
    assertThat(refused.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(refused.err()).contains("792300");
    Run noReason = run("import", changed.toString(), "--revise", "--home", home());
    assertThat(noReason.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(noReason.err()).contains("--revise needs --reason");
    Run revised = run("import", changed.toString(), "--revise", "--reason", "corrected report", "--home", home());
    assertThat(revised.code()).as(revised.err()).isZero();
    assertThat(revised.out()).contains("0 new, 1 changed, 0 unchanged");
    Run history = run("data", "history", "valid_patents_invention", "广东", "2024", "--home", home());
    assertThat(history.out()).contains("2 revisions", "792282", "792300", "corrected report");
  }

  @Test
  void warnings_need_accepting() throws IOException {
    run("data", "batches", "--home", home());
    java.util.List<String> regions = java.util.List.of("11", "12", "13", "31", "32", "33", "44");
    StringBuilder lines = new StringBuilder();
    try (org.ipindex.store.Store s = org.ipindex.store.Store.open(Path.of(home()))) {
      org.ipindex.core.model.Panel p = s.observations().current(java.util.List.of("valid_patents_invention"), regions,
          new int[] {2024});
      for (String r : regions) {
        double v = p.value(r, "valid_patents_invention", 2024) * (r.equals("44") ? 11 : 1.1);
        lines.append(r).append(",valid_patents[invention],2025,").append(Math.round(v)).append(",件,test\n");
      }
    }
    Path jump = csv("jump.csv", lines.toString().strip());
    Run refused = run("import", jump.toString(), "--home", home());
    assertThat(refused.code()).as(refused.out()).isEqualTo(Main.BAD_INPUT);
    assertThat(refused.err()).contains("not stored", "--accept-warnings", "jump.csv");
    Run accepted = run("import", jump.toString(), "--accept-warnings", "--home", home());
    assertThat(accepted.code()).as(accepted.err()).isZero();
    assertThat(accepted.out()).contains("7 new");
  }

  @Test
  void the_official_annual_report_workbook_reimports_unchanged() throws IOException {
    Path xlsx = dir.resolve("tables-1-6.xlsx");
    try (var in = ImportCommandTest.class.getResourceAsStream("/ingest/tables-1-6.xlsx")) {
      Files.copy(in, xlsx);
    }
    Run dry = run("import", xlsx.toString(), "--dry-run", "--home", home());
    assertThat(dry.code()).as(dry.err() + dry.out()).isZero();
    // the bundled store has the provinces' and the nation's 2023-2024 values; the file adds the foreign applicants
    // (国外在华总计), one of whose values jumps (a warning to accept)
    assertThat(dry.out()).contains("24 new, 0 changed, 1224 unchanged", "--accept-warnings");
    int before = batches();
    Run first = run("import", xlsx.toString(), "--accept-warnings", "--home", home());
    assertThat(first.code()).as(first.err() + first.out()).isZero();
    assertThat(first.out()).contains("24 new, 0 changed, 1224 unchanged");
    Run again = run("import", xlsx.toString(), "--home", home());
    assertThat(again.code()).as(again.err() + again.out()).isZero();
    assertThat(again.out()).contains("0 new, 0 changed, 1248 unchanged");
    assertThat(batches()).isEqualTo(before + 2);
  }

  @Test
  void imports_a_wide_csv_of_years_with_a_mapping() throws IOException {
    Path wide = Files.writeString(dir.resolve("gdp.csv"), "地区,2025年,2026年\n广东省,\"14.1万\",１５００００\n北京,\"50,000\",—\n");
    Path mapping = Files.writeString(dir.resolve("gdp.yaml"), "measure: gdp\nunit: 亿元\n");
    Run r = run("import", wide.toString(), "--mapping", mapping.toString(), "--home", home());
    assertThat(r.code()).as(r.err() + r.out()).isZero();
    assertThat(r.out()).contains("3 new");
    Run show = run("data", "show", "-m", "gdp", "-r", "广东", "-y", "2025", "--home", home());
    assertThat(show.out()).contains("141000");
    Run missing = run("data", "show", "-m", "gdp", "-r", "北京", "-y", "2026", "--home", home());
    assertThat(missing.out()).doesNotContain("50000");
  }

  @Test
  void imports_a_wide_workbook_of_measures_with_a_mapping() throws IOException {
    Path xlsx = dir.resolve("courts.xlsx");
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = Files.newOutputStream(xlsx)) {
      var sheet = wb.createSheet("法院");
      String[][] cells = {{"地区", "受理", "审结"}, {"广东", "120000", "118000"}, {"浙江", "50000", "49000"}};
      for (int i = 0; i < cells.length; i++) {
        var row = sheet.createRow(i);
        for (int j = 0; j < cells[i].length; j++) {
          if (i > 0 && j > 0) {
            row.createCell(j).setCellValue(Double.parseDouble(cells[i][j]));
          } else {
            row.createCell(j).setCellValue(cells[i][j]);
          }
        }
      }
      wb.write(out);
    }
    Path mapping = Files.writeString(dir.resolve("courts.yaml"), """
        sheet: 法院
        year: 2025
        unit: 件
        columns:
          受理: court_ip_first_instance_received
          审结: court_ip_first_instance_concluded
        """);
    Run r = run("import", xlsx.toString(), "--mapping", mapping.toString(), "--accept-warnings", "--home", home());
    assertThat(r.code()).as(r.err() + r.out()).isZero();
    assertThat(r.out()).contains("4 new");
    Run show = run("data", "show", "-m", "court_ip_first_instance_received", "-r", "浙江", "--home", home());
    assertThat(show.out()).contains("50000");
  }

  @Test
  void every_catalogue_measure_can_be_stored_and_store_only_indicators_too() throws IOException {
    Path good = csv("both.csv", "广东,ip_protection_centers,2025,7,家,test", "广东,R18,2025,900000,件,test");
    Run r = run("import", good.toString(), "--home", home());
    assertThat(r.code()).as(r.err() + r.out()).isZero();
    assertThat(r.out()).contains("2 new");
    Run measures = run("data", "measures", "--home", home());
    assertThat(measures.out()).contains("ip_protection_centers", "R18", "国家版权局");
  }

  @Test
  void a_file_of_many_bad_rows_lists_fifty_counts_the_rest_and_writes_them_all_on_request() throws IOException {
    run("data", "batches", "--home", home());
    int before = batches();
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      lines.append("广东,valid_patents[invention],").append(1000 + i).append(",5,件,test\n");
    }
    Path bad = csv("many.csv", lines.toString().strip());
    Path problems = dir.resolve("problems.csv");
    Run r = run("import", bad.toString(), "--problems", problems.toString(), "--home", home());
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).contains("many.csv rejected, nothing stored: 200 errors", "… and 150 more (", "--problems FILE");
    assertThat(r.err().lines().filter(l -> l.contains("is not a year"))).hasSize(50);
    assertThat(Files.readAllLines(problems)).hasSize(201).first().isEqualTo("severity,code,file,sheet,row,column,value,problem,fix");
    assertThat(batches()).isEqualTo(before);
  }
}
