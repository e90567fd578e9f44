package org.ipindex.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.ipindex.store.BatchInfo;
import org.ipindex.store.BundledData;
import org.ipindex.store.ObservationInput;
import org.ipindex.store.ReleaseImmutableException;
import org.ipindex.store.ReleaseRow;
import org.ipindex.store.Store;
import org.ipindex.store.StoreTesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReleaseServiceTest {
  @TempDir
  Path dir;

  static ReleaseService.Request regional(String name) {
    return new ReleaseService.Request(name, "regional", null, 2024, null, "tester");
  }

  @ParameterizedTest
  @MethodSource("org.ipindex.store.StoreTesting#backends")
  void evaluating_a_release_reproduces_its_results_bit_for_bit_after_a_later_revision(StoreTesting.Backend backend)
      throws Exception {
    try (Store store = StoreTesting.open(backend, dir)) {
      BundledData.load(store);
      ReleaseService.Check created = ReleaseService.create(store, regional("regional-2024"));
      assertThat(created.release().evaluationYear()).isEqualTo(2024);
      assertThat(created.release().dataYear()).isEqualTo(2023);
      assertThat(created.release().regions()).hasSize(31);
      assertThat(created.release().rowCount()).isGreaterThan(31 * 10);
      double before = created.evaluation().results().score("44", "RI", 2023);

      store.observations().revise(new BatchInfo("tester", null, null, "CNIPA erratum"),
          List.of(new ObservationInput("R18", "广东", 2023, 1000, "件", null)), "erratum: Guangdong 2023");
      ReleaseService.Check later = ReleaseService.create(store, regional("regional-2024-r2"));
      assertThat(later.evaluation().results().score("44", "RI", 2023)).isNotEqualTo(before);

      ReleaseService.Check again = ReleaseService.reproduce(store, "regional-2024");
      assertThat(again.differences()).isEmpty();
      assertThat(again.reproduced()).isTrue();
      assertThat(again.evaluation().results().score("44", "RI", 2023)).isEqualTo(before);
      assertThat(ReleaseService.reproduce(store, "regional-2024-r2").reproduced()).isTrue();

      assertThatThrownBy(() -> ReleaseService.create(store, regional("regional-2024")))
          .isInstanceOf(ReleaseImmutableException.class)
          .hasMessageContaining("release 'regional-2024' already exists and releases are immutable");
    }
  }

  @Test
  void a_release_of_the_bundled_data_gives_the_numbers_of_the_file_based_evaluation_bit_for_bit() throws Exception {
    try (Store store = StoreTesting.open(StoreTesting.Backend.DUCKDB, dir)) {
      BundledData.load(store);
      for (String framework : List.of("regional", "national")) {
        ReleaseService.Check release = ReleaseService.create(store,
            new ReleaseService.Request(framework + "-2024", framework, null, 2024, null, "tester"));
        Evaluation fromFiles = Evaluator.bundled().evaluate(new EvaluationRequest(framework, null, null, 2024, null));
        List<ReleaseRow> expected = fromFiles.results().rows().stream().map(r -> new ReleaseRow(r.unitCode(), r.year(),
            r.code(), r.score(), r.rank(), r.change(), r.changePercent(), r.coverage())).toList();
        assertThat(ReleaseService.differences(store.releases().results(framework + "-2024"), expected))
            .as(framework).isEmpty();
        assertThat(release.release().rowCount()).isEqualTo(expected.size());
      }
    }
  }

  @Test
  void lists_every_number_that_differs_in_any_bit() {
    ReleaseRow a = new ReleaseRow("44", 2023, "RI", 87.5, 1, 0.0, Double.NaN, 1);
    ReleaseRow b = new ReleaseRow("44", 2023, "RI", Math.nextUp(87.5), 1, -0.0, Double.NaN, 1);
    ReleaseRow c = new ReleaseRow("11", 2023, "RI", 80, 2, 0, 0, 1);
    assertThat(ReleaseService.differences(List.of(a, c), List.of(a, c))).isEmpty();
    assertThat(ReleaseService.differences(List.of(a, c), List.of(b)))
        .containsExactly("44 2023 RI: score stored 87.5, now 87.50000000000001; change stored 0.0, now -0.0",
            "11 2023 RI: in the release but not evaluated now");
  }
}
