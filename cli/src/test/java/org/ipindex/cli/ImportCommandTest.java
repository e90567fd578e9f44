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
}
