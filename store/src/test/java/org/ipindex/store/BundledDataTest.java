package org.ipindex.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.ipindex.core.model.Panel;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BundledDataTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @MethodSource("org.ipindex.store.StoreTesting#backends")
  void loads_the_bundled_statistics_once_as_five_batches_with_their_sources(StoreTesting.Backend backend) {
    try (Store store = StoreTesting.open(backend, dir)) {
      List<WriteSummary> loaded = BundledData.loadIfEmpty(store);
      assertThat(loaded).hasSize(5);
      assertThat(BundledData.loadIfEmpty(store)).isEmpty();
      List<Batch> batches = store.batches().list();
      assertThat(batches).extracting(b -> b.info().fileName()).containsExactly(
          "data/raw/cnipa_2024_annual_report_tables.csv", "data/raw/province_patents_nbs_2011_2024.csv",
          "data/raw/province_denominators.csv", "data/regional-indicators.csv", "data/national-indicators.csv");
      assertThat(batches).allSatisfy(b -> assertThat(b.info().sha256()).hasSize(64));
      assertThat(batches.get(0).info().sourceDocument()).contains("《2024年度报告》");
      // the NBS series repeat the CNIPA figures for 2023 and 2024: those are unchanged, not revised
      WriteSummary nbs = loaded.get(1);
      assertThat(nbs.revised()).isZero();
      assertThat(nbs.unchanged()).isEqualTo(248);
      assertThat(nbs.added()).isEqualTo(nbs.rows() - 248);

      Panel p = store.observations().current(List.of("valid_patents_invention", "population_year_end", "gdp"),
          List.of("广东", "深圳", "兵团", "全国"), null);
      assertThat(p.value("44", "valid_patents_invention", 2024)).isPositive();
      assertThat(p.value("440300", "valid_patents_invention", 2024)).isPositive()
          .isLessThan(p.value("44", "valid_patents_invention", 2024));
      assertThat(p.value("XJBT", "valid_patents_invention", 2024)).isPositive();
      assertThat(p.value("CN", "population_year_end", 2024)).isGreaterThan(140_000);
      assertThat(p.value("44", "gdp", 2019)).isPositive();
      Panel history = store.observations().current(List.of("patent_grants_invention"), List.of("北京"), null);
      assertThat(history.years()).startsWith(2011).endsWith(2024);
      Panel regional = store.observations().current(List.of("R18", "R19"), null, null);
      assertThat(regional.units()).hasSize(31);
    }
  }
}
