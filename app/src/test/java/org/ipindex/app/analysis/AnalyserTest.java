package org.ipindex.app.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ipindex.core.analysis.RankStatistics;
import org.ipindex.core.model.DataException;
import org.ipindex.io.analysis.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyse use case on COINr's example files and on the bundled regional evaluation. */
class AnalyserTest {
  @TempDir Path dir;
  Path meta;
  Path data;
  Path panel;
  Path recipe;

  @BeforeEach
  void copyExamples() throws IOException {
    meta = copy("/coinr/data/ASEM_iMeta.csv", "ASEM_iMeta.csv");
    data = copy("/coinr/data/ASEM_iData.csv", "ASEM_iData.csv");
    panel = copy("/coinr/data/ASEM_iData_p.csv", "ASEM_iData_p.csv");
    // COINr's standard pipeline, min-max onto [1, 100] so that geometric means work
    Path standard = copy("/golden/coinr-03-minmax0_100-amean.yaml", "standard.yaml");
    recipe = Files.writeString(dir.resolve("recipe.yaml"), Files.readString(standard).replace("lower: 0", "lower: 1"));
  }

  private Path copy(String resource, String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream(resource)) {
      Path p = dir.resolve(name);
      Files.copy(in, p);
      return p;
    }
  }

  private Path spec(String text) throws IOException {
    return Files.writeString(dir.resolve("spec.yaml"), text);
  }

  private AnalysisRequest request(Path dataFile, Path spec, int threads) {
    return new AnalysisRequest(meta.toString(), dataFile, recipe, spec, null, threads);
  }

  @Test
  void runs_an_uncertainty_analysis_of_the_coinr_example() throws Exception {
    Path spec = spec("""
        runs: 60
        sampler: sobol
        inputs:
          - weights: {noise: 0.25, levels: [2, 3]}
          - step: aggregate
            alternatives: [arithmetic, geometric]
          - step: treat
            parameter: winmax
            values: [1, 3, 5]
        """);

    AnalysisReport r = Analyser.bundled().uncertainty(request(data, spec, 2), RunProgress.NONE, new Cancellation());

    assertThat(r.analysis()).isEqualTo("uncertainty");
    assertThat(r.uncertainty().statistics()).hasSize(51);
    assertThat(r.tables()).extracting(Table::name).containsExactly("rank_statistics", "runs", "ranks");
    assertThat(r.about()).containsEntry("target", "Index").containsEntry("runs", 60).containsEntry("sampler", "sobol");
    assertThat(r.notes()).anyMatch(n -> n.contains("analysed: Index in data year [2018]"));
    RankStatistics first = r.uncertainty().statistics().get(0);
    assertThat(first.lowRank()).isLessThanOrEqualTo(first.highRank());
  }

  @Test
  void the_same_spec_gives_the_same_results_on_one_thread_and_on_four() throws Exception {
    Path spec = spec("""
        runs: 40
        seed: 5
        inputs:
          - weights: {noise: 0.5, levels: [2]}
          - exclude: [Goods, Services, FDI]
        """);

    AnalysisReport one = Analyser.bundled().uncertainty(request(data, spec, 1), RunProgress.NONE, new Cancellation());
    AnalysisReport four = Analyser.bundled().uncertainty(request(data, spec, 4), RunProgress.NONE, new Cancellation());

    assertThat(four.uncertainty().outcomes()).isEqualTo(one.uncertainty().outcomes());
    assertThat(four.tables()).isEqualTo(one.tables());
  }

  @Test
  void analyses_a_panel_with_bounds_pooled_over_the_years() throws Exception {
    Path pooled = Files.writeString(dir.resolve("pooled.yaml"), """
        name: pooled
        steps:
          - step: impute
            method: group_mean
            grouping: EurAsia_group
          - step: normalise
            method: minmax
            lower: 1
            upper: 100
            bounds: pooled
          - step: aggregate
            method: arithmetic
        """);
    Path spec = spec("""
        runs: 30
        years: all
        inputs:
          - step: normalise
            parameter: bounds
            values: [pooled, per_year]
          - step: aggregate
            alternatives: [arithmetic, geometric]
        """);

    AnalysisReport r = Analyser.bundled().uncertainty(
        new AnalysisRequest(meta.toString(), panel, pooled, spec, null, 2), RunProgress.NONE, new Cancellation());

    assertThat(r.experiment().years()).containsExactly(2018, 2019, 2020, 2021, 2022);
    assertThat(r.uncertainty().statistics()).hasSize(5 * r.experiment().units().size());
  }

  @Test
  void runs_a_sensitivity_analysis_and_needs_two_inputs() throws Exception {
    Path spec = spec("""
        samples: 16
        bootstrap: 50
        sampler: sobol
        inputs:
          - weights: {noise: 0.25, levels: [2, 3]}
          - step: aggregate
            alternatives: [arithmetic, geometric]
        """);

    AnalysisReport r = Analyser.bundled().sensitivity(request(data, spec, 2), RunProgress.NONE, new Cancellation());

    assertThat(r.sensitivity().outcomes()).hasSize(16 * 4);
    assertThat(r.tables().get(0).rows()).hasSize(2);
    assertThat(r.about()).containsEntry("samples", 16).containsEntry("bootstrap", 50);

    Path one = spec("inputs:\n  - weights: {noise: 0.25, levels: [2]}\n");
    assertThatThrownBy(() -> Analyser.bundled().sensitivity(request(data, one, 1), RunProgress.NONE,
        new Cancellation()))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("a sensitivity analysis needs at least 2 uncertain inputs");
  }

  @Test
  void audits_the_coinr_example() throws Exception {
    AnalysisReport r = Analyser.bundled().audit(request(data, null, 2), RunProgress.NONE, new Cancellation());

    assertThat(r.audit().indicators()).hasSize(49);
    assertThat(r.audit().leaveOneOut().impacts()).hasSize(49);
    assertThat(r.tables()).extracting(Table::name).contains("indicators", "correlations", "leave_one_out");
    assertThat(r.audit().indicators()).anyMatch(s -> !s.flags().isEmpty());
  }

  @Test
  void analyses_the_bundled_regional_evaluation_with_the_example_spec() throws Exception {
    String example = Files.readString(Path.of("../examples/regional-robustness.yaml"))
        .replace("runs: 10000", "runs: 200");
    Path spec = Files.writeString(dir.resolve("regional.yaml"), example);

    AnalysisReport r = Analyser.bundled().uncertainty(new AnalysisRequest("regional", null, null, spec, null, 2),
        RunProgress.NONE, new Cancellation());

    assertThat(r.uncertainty().statistics()).hasSize(31);
    assertThat(r.experiment().inputs()).hasSize(6);
    assertThat(r.about()).containsEntry("target", "RI").containsEntry("runs", 200);
    assertThat(List.of(r.evaluation().evaluationYear())).containsExactly(r.evaluation().dataYear() + 1);
  }
}
