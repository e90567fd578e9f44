package org.ipindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.ipindex.store.ChildProcess;
import org.ipindex.store.StoreChild;
import org.ipindex.store.StoreTesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The store commands, run in-process as a user would: data, release, evaluate --release. */
class StoreCliTest {
  @TempDir
  Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @ParameterizedTest
  @MethodSource("org.ipindex.store.StoreTesting#backends")
  void creates_lists_shows_and_reproduces_a_release(StoreTesting.Backend backend) {
    String db = StoreTesting.newStoreUrl(backend, dir);
    Run created = run("release", "create", "regional-2024", "--year", "2024", "--db", db, "--by", "tester");
    assertThat(created.code()).as(created.err()).isZero();
    assertThat(created.err()).contains("loaded the bundled statistics, 6 batches");
    assertThat(created.out()).contains("2024 evaluation (2023 data)",
        "release regional-2024: 2024 evaluation (2023 data), framework regional, recipe regional",
        "82 measures × 31 regions");

    Run again = run("release", "create", "regional-2024", "--year", "2024", "--db", db);
    assertThat(again.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(again.err()).isEqualTo("ipindex: release regional-2024: release 'regional-2024' already exists and releases are "
        + "immutable: it cannot be changed, replaced or deleted; create a new release under another name (e.g. 'regional-2024-r2')\n");

    Run list = run("--db", db, "release", "list");
    assertThat(list.out()).startsWith("regional-2024            2024 evaluation (2023 data) · regional · regional · as of ");
    Run show = run("release", "show", "regional-2024", "--db", db);
    assertThat(show.code()).as(show.err()).isZero();
    assertThat(show.out()).contains("RI 2024 (data year 2023):", "  1    44      广东");

    Run evaluated = run("evaluate", "--release", "regional-2024", "--db", db);
    assertThat(evaluated.code()).as(evaluated.err()).isZero();
    assertThat(evaluated.out()).contains("release regional-2024: reproduced exactly (");
    Run mixed = run("evaluate", "--release", "regional-2024", "--framework", "national", "--db", db);
    assertThat(mixed.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(mixed.err()).contains("--release takes the framework, recipe, data and year from the release");
  }

  @Test
  void shows_values_and_their_history_in_the_data_directory() {
    String home = dir.resolve("home").toString();
    Run show = run("data", "show", "-m", "valid_patents_invention", "-r", "广东,深圳", "--home", home);
    assertThat(show.code()).as(show.err()).isZero();
    assertThat(show.out()).contains("current values", "valid_patents_invention — 有效发明专利量 (件, stock, 国家知识产权局 (CNIPA))")
        .containsPattern("44 +广东 +665592 +792282")
        .containsPattern("440300 +深圳 +300335 +358676");
    Run history = run("data", "history", "valid_patents_invention", "Guangdong", "2024", "--home", home);
    assertThat(history.out()).startsWith("valid_patents_invention 44 (广东) 2024: 1 revision\n")
        .contains("  1  792282  ", "by ipindex (bundled data) from data/raw/cnipa_2024_annual_report_tables.csv");
    Run batches = run("--home", home, "data", "batches");
    assertThat(batches.out()).contains("province_patents_nbs_2011_2024.csv: 1916 new, 0 changed, 248 unchanged");
    Run regions = run("data", "regions", "--home", home);
    assertThat(regions.out()).contains("XJBT", "新疆生产建设兵团", "in 65");
    Run unknown = run("data", "history", "valid_patents", "Atlantis", "2024", "--home", home);
    assertThat(unknown.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(unknown.err()).contains("unknown region 'Atlantis'");
    Run noMeasure = run("data", "history", "patents", "广东", "2024", "--home", home);
    assertThat(noMeasure.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(noMeasure.err()).isEqualTo("ipindex: measure patents: unknown measure; `ipindex data measures` lists them\n");
    Run asOf = run("data", "show", "-m", "gdp", "-r", "广东", "--as-of", "2000-01-01", "--home", home);
    assertThat(asOf.out()).startsWith("as of 2000-01-01T23:59:59.999999Z").doesNotContain("广东");
  }

  @Test
  void says_plainly_when_another_process_holds_the_store(@TempDir Path home) throws Exception {
    assertThat(run("data", "batches", "--home", home.toString()).code()).isZero();
    try (ChildProcess child = ChildProcess.start("hold", home.toString())) {
      child.awaitLine(StoreChild.OPEN, 120);
      Run r = run("data", "batches", "--home", home.toString());
      assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
      assertThat(r.err()).startsWith("ipindex: the store is in use: another process (")
          .contains("PID " + child.pid() + ") holds the database file " + home.resolve("ipindex.duckdb"))
          .doesNotContain("Exception", "\tat ");
      assertThat(r.out()).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("org.ipindex.store.StoreTesting#backends")
  void targets_reads_the_sets_from_the_store_when_one_is_given(StoreTesting.Backend backend) {
    String db = StoreTesting.newStoreUrl(backend, dir);
    Run stored = run("targets", "--year", "2023", "--db", db);
    assertThat(stored.code()).as(stored.err()).isZero();
    assertThat(stored.err()).contains("loaded the bundled statistics");
    assertThat(stored.out()).isEqualTo(run("targets", "--year", "2023").out());
    Run annual = run("targets", "--set", "annual_2024", "--db", db);
    assertThat(annual.code()).as(annual.err()).isZero();
    assertThat(annual.out()).isEqualTo(run("targets", "--set", "annual_2024").out());
    Run unknown = run("targets", "--set", "plan_2030", "--db", db);
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("plan_2030", "unknown target set", "expected_2025", "annual_2024");
  }
}
