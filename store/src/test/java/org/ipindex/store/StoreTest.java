package org.ipindex.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StoreTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @MethodSource("org.ipindex.store.StoreTesting#backends")
  void reopens_a_store_without_migrating_again_and_keeps_its_data(StoreTesting.Backend backend) {
    String url = StoreTesting.newStoreUrl(backend, dir);
    try (Store store = Store.open(url)) {
      assertThat(store.dialect()).isEqualTo(backend == StoreTesting.Backend.DUCKDB ? Store.Dialect.DUCKDB
          : Store.Dialect.POSTGRESQL);
      store.observations().write(new BatchInfo("a", null, null, null),
          List.of(new ObservationInput("gdp", "44", 2024, 1.5, "亿元", null)), RevisePolicy.REFUSE);
    }
    try (Store store = Store.open(url)) {
      assertThat(store.observations().revisionCount()).isEqualTo(1);
      assertThat(store.catalogue().regions()).hasSize(53);
    }
  }

  @Test
  void a_store_of_an_earlier_version_gets_the_bundled_measures_and_regions_it_lacks() throws Exception {
    Path home = dir.resolve("earlier");
    try (Store store = Store.open(home)) {
      assertThat(store.catalogue().measure("ip_protection_centers")).isPresent();
      assertThat(store.catalogue().measures()).hasSizeGreaterThanOrEqualTo(140);
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + home.resolve(Store.DATABASE_FILE));
        Statement s = c.createStatement()) {
      s.execute("delete from measure where code = 'ip_protection_centers'");
      s.execute("delete from region where code = 'FOREIGN'");
      s.execute("delete from region_alias where region = 'FOREIGN'");
    }
    try (Store store = Store.open(home)) {
      assertThat(store.catalogue().measure("ip_protection_centers").orElseThrow().sourceAgency())
          .isEqualTo("国家知识产权局 (CNIPA)");
      assertThat(store.catalogue().require("国外在华总计")).isEqualTo("FOREIGN");
      assertThat(store.catalogue().require("XPCC")).isEqualTo("XJBT");
      assertThat(store.catalogue().region("FOREIGN").orElseThrow().type()).isEqualTo(Region.Type.FOREIGN);
    }
  }

  @Test
  void hands_out_instants_that_only_grow_even_when_the_clock_steps_back() {
    Clock stuck = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
    try (Store store = Store.open(dir.resolve("home"), stuck)) {
      Instant a = store.nextInstant();
      Instant b = store.nextInstant();
      assertThat(a).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
      assertThat(b).isEqualTo(a.plusNanos(1000));
      assertThat(store.lastInstant()).isEqualTo(b);
    }
    Clock earlier = Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC);
    try (Store store = Store.open(dir.resolve("home"), earlier)) {
      assertThat(store.nextInstant()).isEqualTo(Instant.parse("2025-01-01T00:00:00.000002Z"));
    }
  }

  @Test
  void says_plainly_when_a_store_is_of_a_newer_ipindex_or_not_a_store() throws Exception {
    Path home = dir.resolve("newer");
    try (Store store = Store.open(home)) {
      assertThat(store.catalogue().regions()).isNotEmpty();
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + home.resolve(Store.DATABASE_FILE));
        Statement s = c.createStatement()) {
      s.execute("insert into flyway_schema_history (installed_rank, version, description, type, script, checksum, "
          + "installed_by, execution_time, success) values (99, '999', 'from the future', 'SQL', 'V999__future.sql', 6, 'x', 1, true)");
    }
    assertThatThrownBy(() -> Store.open(home)).isInstanceOf(StoreUnavailableException.class)
        .hasMessageContaining("it was written by a newer ipindex (schema version 999; this ipindex knows versions up to " + Store.SCHEMA_VERSION + ")");

    Path notAStore = dir.resolve("junk");
    Files.createDirectories(notAStore);
    Files.writeString(notAStore.resolve(Store.DATABASE_FILE), "this is not a database");
    assertThatThrownBy(() -> Store.open(notAStore)).isInstanceOf(StoreUnavailableException.class)
        .hasMessageStartingWith("cannot open the store jdbc:duckdb:" + notAStore.resolve(Store.DATABASE_FILE));
    assertThatThrownBy(() -> Store.open("jdbc:mysql://localhost/x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("use jdbc:duckdb:FILE or jdbc:postgresql://HOST/DB");
  }
}
