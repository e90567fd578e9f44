package org.ipindex.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.ipindex.core.model.DataException;
import org.ipindex.core.target.Target;
import org.ipindex.store.BatchInfo;
import org.ipindex.store.ObservationInput;
import org.ipindex.store.Store;
import org.ipindex.store.StoreTesting;
import org.ipindex.store.TargetSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BundledTargetsTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @MethodSource("org.ipindex.store.StoreTesting#backends")
  void a_new_store_gets_both_bundled_sets_every_field_equal(StoreTesting.Backend backend) throws Exception {
    String url = StoreTesting.newStoreUrl(backend, dir);
    StoreAccess.Location location = backend == StoreTesting.Backend.DUCKDB
        ? new StoreAccess.Location(Path.of(url.substring("jdbc:duckdb:".length())).getParent(), null)
        : new StoreAccess.Location(null, url);
    List<Target> files = TargetsAssessment.bundled().targets();
    try (Store store = StoreAccess.open(location).store()) {
      assertThat(store.targets().sets()).extracting(TargetSet::name).containsExactly("annual_2024", "expected_2025");
      for (String set : List.of("expected_2025", "annual_2024")) {
        List<Target> expected = files.stream().filter(t -> t.set().equals(set)).toList();
        assertThat(expected).isNotEmpty();
        assertThat(store.targets().load(set)).as(set).isEqualTo(expected);
      }
      TargetSet expected2025 = store.targets().get("expected_2025").orElseThrow();
      assertThat(expected2025.version()).isEqualTo(1);
      assertThat(expected2025.targetCount()).isEqualTo(8);
      assertThat(expected2025.provenance().fileName()).isEqualTo("targets/expected_indicators_2025.csv");
      assertThat(expected2025.provenance().sha256()).hasSize(64);
      assertThat(BundledTargets.saveIfNone(store)).isEmpty();
      assertThat(TargetsAssessment.fromStore(store, null).assess(null, 2023))
          .isEqualTo(TargetsAssessment.bundled().assess(null, 2023));
      assertThat(TargetsAssessment.fromStore(store, null).observed().series("high_value_patents_per_10k"))
          .containsEntry(2020, 6.3).containsEntry(2023, 11.8);
      // the observed values are statistics of the store: a revision reaches the targets' progress
      store.observations().revise(new BatchInfo("analyst", null, null, "corrected yearbook"),
          List.of(new ObservationInput("high_value_patents_per_10k", "CN", 2023, 11.9, "件", null)), "yearbook revision");
      assertThat(TargetsAssessment.fromStore(store, null).observed().series("high_value_patents_per_10k"))
          .containsEntry(2023, 11.9);
      assertThat(BundledTargets.storeObservedIfNone(store)).isEmpty();
      assertThatThrownBy(() -> TargetsAssessment.fromStore(store, null).assess("expected_2030", null))
          .isInstanceOf(DataException.class).hasMessageContaining("unknown target set; the sets are [expected_2025, annual_2024]");
      assertThatThrownBy(() -> store.targets().load("expected_2030")).isInstanceOf(DataException.class)
          .hasMessageContaining("no target set named 'expected_2030' in the store; target sets: [annual_2024, expected_2025]");
    }
    try (Store store = StoreAccess.open(location).store()) {
      assertThat(store.targets().sets()).extracting(TargetSet::version).containsExactly(1, 1);
    }
  }
}
