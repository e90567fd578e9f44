package org.ipindex.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Killing a process in the middle of an import leaves the store exactly as before; a held store says so plainly. */
class CrashTest {
  static final String[] TABLES = {"measure", "region", "region_alias", "grouping_member", "batch", "observation",
      "store_clock", "release", "release_result"};

  @TempDir
  Path dir;

  static Stream<Arguments> backendsAndPaths() {
    return StoreTesting.backends().flatMap(b -> Stream.of(Arguments.of(b, true), Arguments.of(b, false)));
  }

  /**
   * With {@code revising}, the child revises the stored measures (staging table, compare, insert);
   * without, it imports measures nothing is stored of (on DuckDB: the appender straight into the table).
   */
  @ParameterizedTest(name = "{0}, revising {1}")
  @MethodSource("backendsAndPaths")
  void kill_9_in_the_middle_of_an_import_leaves_the_store_exactly_as_before(StoreTesting.Backend backend, boolean revising)
      throws Exception {
    String url = StoreTesting.newStoreUrl(backend, dir);
    try (Store store = Store.open(url)) {
      store.observations().write(new BatchInfo("parent", "base.csv", null, null), StoreChild.rows(10_000, 0),
          RevisePolicy.REFUSE);
      store.releases().create(ReleasesTest.release("before-the-crash", store.nextInstant()));
    }
    String before = checksum(url);
    assertThat(before).contains("\nobservation 10000 ", "\nrelease_result 3 ");

    // enough rows that the write takes a while; PostgreSQL's compare-and-insert path is slower, so fewer there
    String rows = backend == StoreTesting.Backend.DUCKDB ? "300000" : "100000";
    String[] measures = revising ? new String[] {"valid_patents", "patent_grants"} : new String[] {"gdp", "population_year_end"};
    try (ChildProcess child = ChildProcess.start("import", url, rows, measures[0], measures[1])) {
      child.awaitLine(StoreChild.MID_TRANSACTION, 300);
      child.kill();
    }

    assertThat(checksum(url)).isEqualTo(before);
    try (Store store = Store.open(url)) {
      assertThat(store.observations().revisionCount()).isEqualTo(10_000);
      WriteSummary after = store.observations().write(new BatchInfo("parent", "again.csv", null, null),
          StoreChild.rows(20_000, 1), RevisePolicy.revise("after the crash"));
      assertThat(after).extracting(WriteSummary::added, WriteSummary::revised).containsExactly(10_000L, 10_000L);
    }
  }

  @Test
  void a_store_held_by_another_process_is_reported_plainly(@TempDir Path home) throws Exception {
    try (Store store = Store.open(home)) {
      assertThat(store.catalogue().regions()).isNotEmpty();
    }
    try (ChildProcess child = ChildProcess.start("hold", home.toString())) {
      child.awaitLine(StoreChild.OPEN, 120);
      assertThatThrownBy(() -> Store.open(home))
          .isInstanceOf(StoreLockedException.class)
          .hasMessageContaining("the store is in use: another process (")
          .hasMessageContaining("PID " + child.pid() + ") holds the database file " + home.resolve(Store.DATABASE_FILE))
          .hasMessageContaining("only one process can open it at a time")
          .satisfies(e -> assertThat(((StoreLockedException) e).pid()).isEqualTo(child.pid()))
          .hasMessageNotContaining("IO Error");
    }
  }

  /** Returns, per table, the row count and a SHA-256 of all rows (sorted), read with plain JDBC. */
  static String checksum(String url) throws Exception {
    StringBuilder out = new StringBuilder();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      for (String table : TABLES) {
        List<String> rows = new ArrayList<>();
        try (ResultSet r = s.executeQuery("select * from " + table)) {
          ResultSetMetaData md = r.getMetaData();
          while (r.next()) {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= md.getColumnCount(); i++) {
              row.append(r.getString(i)).append('|');
            }
            rows.add(row.toString());
          }
        }
        rows.sort(null);
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        rows.forEach(row -> d.update((row + "\n").getBytes(StandardCharsets.UTF_8)));
        out.append(table).append(' ').append(rows.size()).append(' ').append(HexFormat.of().formatHex(d.digest())).append('\n');
      }
    }
    return out.toString();
  }
}
