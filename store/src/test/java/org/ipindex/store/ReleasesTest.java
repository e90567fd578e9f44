package org.ipindex.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReleasesTest {
  @TempDir
  Path dir;

  static final List<ReleaseRow> ROWS = List.of(
      new ReleaseRow("44", 2023, "RI", 87.12345678901234, 1, 0.1 + 0.2, 0.34567890123456789, 1),
      new ReleaseRow("11", 2023, "RI", 86.0, 2, -0.0, Double.NaN, 0.7777777777777778),
      new ReleaseRow("11", 2023, "R18", Double.MIN_VALUE, Double.NaN, -1e-300, 1e300, 0));

  static NewRelease release(String name, Instant asOf) {
    return new NewRelease(name, 2024, 2023, asOf, "tester", "regional", "code,parent\nRI,\n", "regional", "name: r\n",
        List.of("R18"), List.of("11", "44"), ROWS);
  }

  @ParameterizedTest
  @MethodSource("org.ipindex.store.StoreTesting#backends")
  void stores_a_release_and_reads_its_results_back_bit_for_bit(StoreTesting.Backend backend) {
    try (Store store = StoreTesting.open(backend, dir)) {
      Instant asOf = store.nextInstant();
      Release created = store.releases().create(release("regional-2024", asOf));
      assertThat(created.asOf()).isEqualTo(asOf);
      assertThat(created.createdAt()).isAfter(asOf);
      assertThat(created.contentSha256()).hasSize(64);
      Release read = store.releases().require("regional-2024");
      assertThat(read).isEqualTo(created);
      List<ReleaseRow> rows = store.releases().results("regional-2024");
      assertThat(rows).hasSize(3);
      for (ReleaseRow expected : ROWS) {
        assertThat(rows).anySatisfy(r -> assertThat(r.sameBits(expected)).as(expected.toString()).isTrue());
      }
      assertThat(store.releases().list()).extracting(Release::name).containsExactly("regional-2024");
      assertThat(store.observations().asOf(read).units()).containsExactly("11", "44");
      assertThat(store.observations().asOf(read).series()).containsExactly("R18");
    }
  }

  @ParameterizedTest
  @MethodSource("org.ipindex.store.StoreTesting#backends")
  void refuses_to_replace_a_release_with_a_clear_message(StoreTesting.Backend backend) {
    try (Store store = StoreTesting.open(backend, dir)) {
      store.releases().create(release("regional-2024", store.nextInstant()));
      assertThatThrownBy(() -> store.releases().create(release("regional-2024", store.nextInstant())))
          .isInstanceOf(ReleaseImmutableException.class)
          .hasMessage("release regional-2024: release 'regional-2024' already exists and releases are immutable: it "
              + "cannot be changed, replaced or deleted; create a new release under another name (e.g. 'regional-2024-r2')");
      assertThatThrownBy(() -> store.releases().create(release("later", Instant.now().plusSeconds(3600))))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after the last instant");
      assertThatThrownBy(() -> store.releases().require("nope"))
          .hasMessageContaining("no release named 'nope'; releases: [regional-2024]");
    }
  }

  @ParameterizedTest
  @MethodSource("org.ipindex.store.StoreTesting#backends")
  void refuses_or_detects_a_change_made_to_a_release_behind_the_stores_back(StoreTesting.Backend backend) throws SQLException {
    String url = StoreTesting.newStoreUrl(backend, dir);
    try (Store store = Store.open(url)) {
      store.releases().create(release("regional-2024", store.nextInstant()));
    }
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      if (backend == StoreTesting.Backend.POSTGRESQL) {
        assertThatThrownBy(() -> s.executeUpdate("update release_result set score = 99 where unit = '44'"))
            .hasMessageContaining("releases are immutable: UPDATE on release_result refused");
        assertThatThrownBy(() -> s.executeUpdate("delete from release where name = 'regional-2024'"))
            .hasMessageContaining("releases are immutable: DELETE on release refused");
        assertThatThrownBy(() -> s.executeUpdate("update observation set value = 1"))
            .hasMessageContaining("UPDATE on observation refused: observations and batches are append-only");
        return;
      }
      assertThatThrownBy(() -> s.executeUpdate("delete from release where name = 'regional-2024'"))
          .hasMessageContaining("foreign key");
      try (Statement update = c.createStatement()) {
        update.executeUpdate("update release_result set score = 99 where unit = '44'");
      }
    }
    try (Store store = Store.open(url)) {
      assertThatThrownBy(() -> store.releases().require("regional-2024"))
          .isInstanceOf(ReleaseImmutableException.class)
          .hasMessageContaining("release 'regional-2024' was changed in the database after it was created");
    }
  }
}
