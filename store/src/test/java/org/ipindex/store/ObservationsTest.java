package org.ipindex.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Panel;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ObservationsTest {
  static final BatchInfo ALICE = new BatchInfo("alice", "provinces-2024.csv", "ab12", "CNIPA annual report 2024");
  static final BatchInfo BOB = new BatchInfo("bob", "corrections.csv", "cd34", "CNIPA erratum");

  @TempDir
  Path dir;

  static ObservationInput row(String measure, String region, int year, double value) {
    return new ObservationInput(measure, region, year, value, "件", null);
  }

  @ParameterizedTest
  @MethodSource("org.ipindex.store.StoreTesting#backends")
  void stores_new_values_as_revision_one_and_leaves_equal_values_alone(StoreTesting.Backend backend) {
    try (Store store = StoreTesting.open(backend, dir)) {
      WriteSummary first = store.observations().write(ALICE, List.of(row("valid_patents", "广东", 2024, 100),
          row("valid_patents", "Beijing", 2024, 200), row("patent_grants", "440000", 2023, 7.25)), RevisePolicy.REFUSE);
      assertThat(first).extracting(WriteSummary::rows, WriteSummary::added, WriteSummary::revised, WriteSummary::unchanged)
          .containsExactly(3L, 3L, 0L, 0L);
      WriteSummary again = store.observations().write(ALICE, List.of(row("valid_patents", "44", 2024, 100),
          row("valid_patents", "北京市", 2024, 200), row("valid_patents", "上海", 2024, 300)), RevisePolicy.REFUSE);
      assertThat(again).extracting(WriteSummary::added, WriteSummary::revised, WriteSummary::unchanged)
          .containsExactly(1L, 0L, 2L);
      assertThat(again.batchId()).isGreaterThan(first.batchId());
      assertThat(store.observations().revisionCount()).isEqualTo(4);
      Panel p = store.observations().current(List.of("valid_patents", "patent_grants"), null, null);
      assertThat(p.units()).containsExactly("11", "31", "44");
      assertThat(p.years()).containsExactly(2023, 2024);
      assertThat(p.value("44", "valid_patents", 2024)).isEqualTo(100);
      assertThat(p.value("44", "patent_grants", 2023)).isEqualTo(7.25);
      assertThat(p.value("11", "patent_grants", 2023)).isNaN();
      assertThat(p.unitName("44")).isEqualTo("广东");
      List<Batch> batches = store.batches().list();
      assertThat(batches).hasSize(2);
      assertThat(batches.get(0).info()).isEqualTo(ALICE);
      assertThat(batches.get(0).kind()).isEqualTo("import");
      assertThat(batches.get(1).summary()).isEqualTo(again);
    }
  }

  @ParameterizedTest
  @MethodSource("org.ipindex.store.StoreTesting#backends")
  void refuses_changed_values_without_revise_listing_every_cell_and_writes_nothing(StoreTesting.Backend backend) {
    try (Store store = StoreTesting.open(backend, dir)) {
      store.observations().write(ALICE, List.of(row("valid_patents", "广东", 2024, 100), row("valid_patents", "北京", 2024, 200),
          row("valid_patents", "上海", 2024, 300)), RevisePolicy.REFUSE);
      long before = store.observations().revisionCount();
      int batches = store.batches().list().size();
      assertThatThrownBy(() -> store.observations().write(BOB, List.of(row("valid_patents", "Guangdong", 2024, 101),
          row("valid_patents", "北京", 2024, 200), row("valid_patents", "上海", 2024, 299.5), row("valid_patents", "天津", 2024, 5)),
          RevisePolicy.REFUSE))
          .isInstanceOf(RevisionNeededException.class)
          .hasMessageContaining("2 stored values would change; nothing was written")
          .hasMessageContaining("valid_patents 31 2024: stored 300, given 299.5")
          .hasMessageContaining("valid_patents 44 2024: stored 100, given 101")
          .hasMessageContaining("--revise --reason")
          .satisfies(e -> assertThat(((RevisionNeededException) e).changes()).hasSize(2));
      assertThat(store.observations().revisionCount()).isEqualTo(before);
      assertThat(store.batches().list()).hasSize(batches);
      assertThat(store.observations().current(null, List.of("天津"), null).presentCount()).isZero();
      WriteSummary revised = store.observations().write(BOB, List.of(row("valid_patents", "Guangdong", 2024, 101)),
          RevisePolicy.revise("erratum"));
      assertThat(revised.revised()).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @MethodSource("org.ipindex.store.StoreTesting#backends")
  void revises_with_a_reason_keeps_the_history_and_answers_as_of(StoreTesting.Backend backend) {
    try (Store store = StoreTesting.open(backend, dir)) {
      store.observations().write(ALICE, List.of(row("valid_patents", "广东", 2024, 100)), RevisePolicy.REFUSE);
      Instant between = store.nextInstant();
      WriteSummary s = store.observations().write(BOB, List.of(row("valid_patents", "广东", 2024, 101),
          row("valid_patents", "北京", 2024, 5)), RevisePolicy.revise("erratum of 2025-03-01"));
      assertThat(s).extracting(WriteSummary::added, WriteSummary::revised).containsExactly(1L, 1L);
      store.observations().revise(new BatchInfo("carol", null, null, "phone call with the statistics office"),
          List.of(row("valid_patents", "44", 2024, 102)), "confirmed by the office");

      List<Revision> h = store.observations().history("valid_patents", "广东省", 2024);
      assertThat(h).extracting(Revision::revision).containsExactly(1, 2, 3);
      assertThat(h).extracting(Revision::value).containsExactly(100.0, 101.0, 102.0);
      assertThat(h).extracting(Revision::reason).containsExactly(null, "erratum of 2025-03-01", "confirmed by the office");
      assertThat(h).extracting(Revision::who).containsExactly("alice", "bob", "carol");
      assertThat(h.get(0).fileName()).isEqualTo("provinces-2024.csv");
      assertThat(h.get(0).recordedAt()).isBefore(between);
      assertThat(h.get(1).recordedAt()).isAfter(between);
      assertThat(store.batches().get(h.get(2).batchId()).get().kind()).isEqualTo("revise");

      assertThat(store.observations().asOf(between, List.of("valid_patents"), List.of("44", "11"), new int[] {2024})
          .value("44", "valid_patents", 2024)).isEqualTo(100);
      assertThat(store.observations().asOf(between, List.of("valid_patents"), List.of("44", "11"), new int[] {2024})
          .value("11", "valid_patents", 2024)).isNaN();
      assertThat(store.observations().asOf(h.get(1).recordedAt(), List.of("valid_patents"), null, null)
          .value("44", "valid_patents", 2024)).isEqualTo(101);
      assertThat(store.observations().current(List.of("valid_patents"), null, null).value("44", "valid_patents", 2024))
          .isEqualTo(102);
      assertThat(store.observations().asOf(Instant.EPOCH, List.of("valid_patents"), null, null).presentCount()).isZero();
    }
  }

  @ParameterizedTest
  @MethodSource("org.ipindex.store.StoreTesting#backends")
  void refuses_unknown_measures_and_regions_duplicates_and_non_numbers_before_writing(StoreTesting.Backend backend) {
    try (Store store = StoreTesting.open(backend, dir)) {
      assertThatThrownBy(() -> store.observations().write(ALICE, List.of(row("valid_patents", "广东", 2024, 1),
          row("patents_valid", "广东", 2024, 1), row("valid_patents", "Atlantis", 2024, 1),
          row("valid_patents", "北京", 2024, Double.NaN)), RevisePolicy.REFUSE))
          .isInstanceOf(DataException.class)
          .hasMessageContaining("unknown measure 'patents_valid' (row 2)")
          .hasMessageContaining("unknown region 'Atlantis' (row 3)")
          .hasMessageContaining("value NaN is not a number");
      assertThatThrownBy(() -> store.observations().write(ALICE, List.of(row("valid_patents", "广东", 2024, 1),
          row("valid_patents", "44", 2024, 2)), RevisePolicy.REFUSE))
          .isInstanceOf(DataException.class)
          .hasMessageContaining("valid_patents 44 2024: given 2 times in one batch");
      assertThat(store.observations().revisionCount()).isZero();
      assertThat(store.batches().list()).isEmpty();
      assertThatThrownBy(() -> RevisePolicy.revise(" ")).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @ParameterizedTest
  @MethodSource("org.ipindex.store.StoreTesting#backends")
  void reads_a_panel_of_chosen_measures_regions_and_years_as_of_any_moment(StoreTesting.Backend backend) {
    try (Store store = StoreTesting.open(backend, dir)) {
      store.observations().write(ALICE, List.of(row("valid_patents", "广东", 2020, 1), row("valid_patents", "广东", 2021, 2),
          row("gdp", "广东", 2021, 3.5), row("gdp", "深圳", 2021, 1.25)), RevisePolicy.REFUSE);
      Panel p = store.observations().current(List.of("gdp", "valid_patents", "R19"), List.of("深圳", "Guangdong", "北京"),
          new int[] {2021, 2020, 2022});
      assertThat(p.units()).containsExactly("440300", "44", "11");
      assertThat(p.series()).containsExactly("gdp", "valid_patents", "R19");
      assertThat(p.years()).containsExactly(2020, 2021, 2022);
      assertThat(p.value("440300", "gdp", 2021)).isEqualTo(1.25);
      assertThat(p.value("44", "valid_patents", 2020)).isEqualTo(1);
      assertThat(p.presentCount()).isEqualTo(4);
      assertThat(store.observations().current(null, null, new int[] {2020}).presentCount()).isEqualTo(1);
      Panel none = store.observations().current(List.of("gdp"), List.of(), null);
      assertThat(none.unitCount()).isZero();
      assertThat(store.observations().current(List.of("gdp", "gdp"), List.of("44", "广东"), new int[0]).series())
          .containsExactly("gdp");
      Panel all = store.observations().current(null, null, null);
      assertThat(all.units()).containsExactly("44", "440300");
      assertThat(all.series()).containsExactly("gdp", "valid_patents");
      assertThat(all.value("440300", "gdp", 2021)).isEqualTo(1.25);
    }
  }
}
