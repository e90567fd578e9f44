package org.ipindex.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreAccessTest {
  @TempDir
  Path dir;

  @Test
  void takes_the_data_directory_from_home_then_ipindex_home_then_the_default() {
    assertThat(new StoreAccess.Location(Path.of("/a"), null).resolvedHome(Map.of("IPINDEX_HOME", "/b"))).isEqualTo(Path.of("/a"));
    assertThat(new StoreAccess.Location(null, null).resolvedHome(Map.of("IPINDEX_HOME", "/b"))).isEqualTo(Path.of("/b"));
    assertThat(new StoreAccess.Location(null, null).resolvedHome(Map.of())).isEqualTo(Path.of("ipindex-data"));
  }

  @Test
  void loads_the_bundled_statistics_into_a_new_store_only() {
    Map<String, String> env = Map.of("IPINDEX_HOME", dir.resolve("home").toString());
    StoreAccess.Opened first = StoreAccess.open(new StoreAccess.Location(null, null), env);
    try (var store = first.store()) {
      assertThat(first.loaded()).hasSize(6);
      int observed = 46; // targets/observed.csv: the expected indicators 2020–2023 and the 2024 values
      assertThat(store.observations().revisionCount()).isEqualTo(4706 + observed);
      assertThat(store.observations().history("high_value_patents_per_10k", "CN", 2023).get(0).value()).isEqualTo(11.8);
      assertThat(store.catalogue().measure("high_value_patents_per_10k").orElseThrow().nameZh())
          .isEqualTo("每万人口高价值发明专利拥有量");
    }
    StoreAccess.Opened again = StoreAccess.open(new StoreAccess.Location(null, null), env);
    try (var store = again.store()) {
      assertThat(again.loaded()).isEmpty();
      assertThat(store.batches().list()).hasSize(6);
    }
  }
}
