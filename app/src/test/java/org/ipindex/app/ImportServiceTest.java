package org.ipindex.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ipindex.store.Batch;
import org.ipindex.store.ObservationInput;
import org.ipindex.store.RevisionNeededException;
import org.ipindex.store.Store;
import org.ipindex.store.StoreTesting;
import org.ipindex.store.WriteSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportServiceTest {
  @TempDir
  Path dir;

  @Test
  void stores_parsed_rows_as_a_batch_with_the_files_name_and_hash_and_revises_only_with_a_reason() throws Exception {
    Path file = Files.writeString(dir.resolve("gd.csv"), "unit,indicator,year,value\n广东,gdp,2024,141633.8\n");
    try (Store store = StoreTesting.open(StoreTesting.Backend.DUCKDB, dir)) {
      WriteSummary first = ImportService.importRows(store, "alice", file, "广东统计年鉴 2025",
          List.of(new ObservationInput("gdp", "广东", 2024, 141633.8, "亿元", null)), null);
      assertThat(first.added()).isEqualTo(1);
      Batch batch = store.batches().get(first.batchId()).orElseThrow();
      assertThat(batch.info().fileName()).isEqualTo("gd.csv");
      assertThat(batch.info().sha256()).isEqualTo(ImportService.sha256(file)).hasSize(64);
      assertThat(batch.info().sourceDocument()).isEqualTo("广东统计年鉴 2025");

      List<ObservationInput> changed = List.of(new ObservationInput("gdp", "Guangdong", 2024, 141700, "亿元", null));
      assertThatThrownBy(() -> ImportService.importRows(store, "bob", file, null, changed, null))
          .isInstanceOf(RevisionNeededException.class)
          .hasMessageContaining("gdp 44 2024: stored 141633.8, given 141700");
      WriteSummary revised = ImportService.importRows(store, "bob", file, null, changed, "final figure");
      assertThat(revised.revised()).isEqualTo(1);
      assertThat(store.observations().history("gdp", "44", 2024)).hasSize(2);
    }
  }
}
