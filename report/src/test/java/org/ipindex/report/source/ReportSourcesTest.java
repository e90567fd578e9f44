package org.ipindex.report.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.ipindex.app.ReleaseService;
import org.ipindex.app.StoreAccess;
import org.ipindex.core.model.DataException;
import org.ipindex.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportSourcesTest {
  @TempDir
  static Path home;
  Store store;

  @BeforeAll
  void releases() throws IOException {
    store = StoreAccess.open(new StoreAccess.Location(home, null)).store();
    for (String[] r : new String[][] {{"national-2025", "national", "2025"}, {"regional-2025", "regional", "2025"},
        {"regional-2024", "regional", "2024"}}) {
      ReleaseService.create(store, new ReleaseService.Request(r[0], r[1], null, Integer.parseInt(r[2]), null, "test"));
    }
  }

  @AfterAll
  void close() {
    store.close();
  }

  @Test
  void sorts_the_releases_by_shape_and_assesses_the_targets_at_their_data_year() {
    ReportSource s = ReportSources.load(store, List.of("regional-2025", "national-2025"));
    assertThat(s.single().release().name()).isEqualTo("national-2025");
    assertThat(s.panel().release().name()).isEqualTo("regional-2025");
    assertThat(s.evaluationYear()).isEqualTo(2025);
    assertThat(s.progress().year()).isEqualTo(2024);
    assertThat(s.regions().areas().keySet()).containsExactly("东部", "中部", "西部", "东北");
    assertThat(s.batches()).hasSize(6);
  }

  @Test
  void a_report_may_rest_on_one_release() {
    ReportSource s = ReportSources.load(store, List.of("regional-2024"));
    assertThat(s.single()).isNull();
    assertThat(s.releases()).hasSize(1);
    assertThat(s.progress().year()).isEqualTo(2023);
  }

  @Test
  void refuses_no_release_an_unknown_one_two_of_a_kind_and_mixed_years() {
    assertThatThrownBy(() -> ReportSources.load(store, List.of())).isInstanceOf(DataException.class)
        .hasMessageContaining("name the release(s) to report on");
    assertThatThrownBy(() -> ReportSources.load(store, List.of("regional-2023"))).isInstanceOf(DataException.class)
        .hasMessageContaining("no release named 'regional-2023'; releases: [national-2025, regional-2025, regional-2024]");
    assertThatThrownBy(() -> ReportSources.load(store, List.of("regional-2024", "regional-2025")))
        .isInstanceOf(DataException.class).hasMessageContaining("both evaluate many units");
    assertThatThrownBy(() -> ReportSources.load(store, List.of("national-2025", "regional-2024")))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("release national-2025 is the 2025 evaluation and regional-2024 the 2024 evaluation");
  }
}
