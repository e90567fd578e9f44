package org.ipindex.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.NavigableMap;
import org.ipindex.core.model.DataException;
import org.ipindex.store.BatchInfo;
import org.ipindex.store.BundledData;
import org.ipindex.store.ObservationInput;
import org.ipindex.store.ReleaseRow;
import org.ipindex.store.Store;
import org.ipindex.store.StoreTesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreEvaluatorTest {
  @TempDir
  Path dir;

  @Test
  void every_evaluation_year_of_the_bundled_data_gives_the_numbers_of_the_file_based_evaluation_bit_for_bit()
      throws Exception {
    try (Store store = StoreTesting.open(StoreTesting.Backend.DUCKDB, dir)) {
      BundledData.load(store);
      for (String framework : List.of("regional", "national")) {
        NavigableMap<Integer, Evaluation> all = StoreEvaluator.everyYear(store, framework, Instant.MAX);
        assertThat(all).as(framework).isNotEmpty();
        for (var e : all.entrySet()) {
          Evaluation fromFiles = Evaluator.bundled().evaluate(new EvaluationRequest(framework, null, null, e.getKey(), null));
          assertThat(e.getValue().dataYear()).isEqualTo(fromFiles.dataYear());
          assertThat(ReleaseService.differences(rows(fromFiles), rows(e.getValue()))).as(framework + " " + e.getKey()).isEmpty();
        }
      }
      assertThat(StoreEvaluator.everyYear(store, "regional", Instant.MAX).keySet()).containsExactly(2024, 2025);
    }
  }

  @Test
  void the_latest_evaluation_is_what_a_release_created_now_freezes_and_a_moment_before_a_revision_ignores_it()
      throws Exception {
    try (Store store = StoreTesting.open(StoreTesting.Backend.DUCKDB, dir)) {
      BundledData.load(store);
      Instant before = store.nextInstant();
      store.observations().revise(new BatchInfo("tester", null, null, "erratum"),
          List.of(new ObservationInput("R18", "广东", 2024, 1000, "件", null)), "erratum: Guangdong 2024");
      ReleaseService.Check release = ReleaseService.create(store,
          new ReleaseService.Request("regional-2025", "regional", null, 2025, null, "tester"));
      Evaluation latest = StoreEvaluator.everyYear(store, "regional", Instant.MAX).get(2025);
      assertThat(ReleaseService.differences(store.releases().results("regional-2025"), rows(latest))).isEmpty();
      Evaluation then = StoreEvaluator.everyYear(store, "regional", before).get(2025);
      assertThat(then.results().score("44", "R18", 2024)).isNotEqualTo(latest.results().score("44", "R18", 2024));
      assertThat(release.evaluation().notes()).isNotEmpty();
    }
  }

  @Test
  void refuses_a_framework_that_is_not_official() throws Exception {
    try (Store store = StoreTesting.open(StoreTesting.Backend.DUCKDB, dir)) {
      assertThatThrownBy(() -> StoreEvaluator.everyYear(store, "mine.csv", Instant.MAX))
          .isInstanceOf(DataException.class).hasMessageContaining("use one of [national, regional]");
      assertThat(StoreEvaluator.everyYear(store, "regional", Instant.MAX)).isEmpty();
    }
  }

  private static List<ReleaseRow> rows(Evaluation e) {
    return e.results().rows().stream().map(r -> new ReleaseRow(r.unitCode(), r.year(), r.code(), r.score(), r.rank(),
        r.change(), r.changePercent(), r.coverage())).toList();
  }
}
