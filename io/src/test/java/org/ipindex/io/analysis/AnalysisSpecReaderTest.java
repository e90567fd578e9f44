package org.ipindex.io.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ipindex.core.analysis.AnalysisSpec;
import org.ipindex.core.analysis.AuditSettings;
import org.ipindex.core.analysis.IndicatorExclusion;
import org.ipindex.core.analysis.ParameterRange;
import org.ipindex.core.analysis.ParameterValues;
import org.ipindex.core.analysis.Sampler;
import org.ipindex.core.analysis.StepAlternatives;
import org.ipindex.core.analysis.StepRef;
import org.ipindex.core.analysis.WeightNoise;
import org.ipindex.core.analysis.WeightSets;
import org.ipindex.core.model.DataException;
import org.ipindex.core.testkit.ExamplePanel;
import org.ipindex.io.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisSpecReaderTest {
  @TempDir Path dir;

  @Test
  void reads_every_kind_of_input() throws Exception {
    TestFiles.write(dir, "sets.csv", "set,code,weight\na,P1,1\na,P2,3\nb,P1,2\nb,P2,2\n");
    Path spec = TestFiles.write(dir, "spec.yaml", """
        target: P2
        years: [2023, 2022]
        runs: 500
        samples: 64
        bootstrap: 100
        sampler: sobol
        seed: 42
        inputs:
          - weights: {noise: 0.25, levels: [2], nodes: [A]}
          - name: normalisation
            step: normalise
            alternatives:
              - {method: minmax, lower: 1, upper: 100}
              - {label: z, method: zscore, mean: 10, sd: 2}
              - geometric
          - name: winmax
            step: 2
            parameter: winmax
            values: [1, 2, 3]
          - step: aggregate
            parameter: p
            range: [0.5, 2]
          - name: limit
            step: impute
            parameter: max_years
            range: [1, 3]
          - name: sets
            weight_sets: {file: sets.csv}
          - exclude: [A, C]
        audit: {high_correlation: 0.8}
        """);

    AnalysisSpec s = AnalysisSpecReader.read(spec, ExamplePanel.framework());

    assertThat(s.target()).isEqualTo("P2");
    assertThat(s.years()).containsExactly(2022, 2023);
    assertThat(s.runs()).isEqualTo(500);
    assertThat(s.samples()).isEqualTo(64);
    assertThat(s.bootstrap()).isEqualTo(100);
    assertThat(s.sampler()).isEqualTo(Sampler.SOBOL);
    assertThat(s.seed()).isEqualTo(42);
    assertThat(s.audit()).isEqualTo(new AuditSettings(0.8, -0.4, 0.65, 2, 3.5, 0.5, 0.5));
    assertThat(s.inputs()).hasSize(7);
    assertThat(s.inputs().get(0)).isEqualTo(new WeightNoise("weights", List.of(2), List.of("A"), 0.25));
    StepAlternatives alternatives = (StepAlternatives) s.inputs().get(1);
    assertThat(alternatives.step()).isEqualTo(StepRef.verb("normalise"));
    assertThat(alternatives.labels()).containsExactly("minmax", "z", "geometric");
    assertThat(alternatives.alternatives().get(1)).isEqualTo(Map.of("method", "zscore", "mean", 10, "sd", 2));
    assertThat(s.inputs().get(2)).isEqualTo(new ParameterValues("winmax", StepRef.position(2), "winmax", List.of(1, 2,
        3)));
    assertThat(s.inputs().get(3)).isEqualTo(new ParameterRange("p", StepRef.verb("aggregate"), "p", 0.5, 2, false));
    assertThat(s.inputs().get(4)).isEqualTo(new ParameterRange("limit", StepRef.verb("impute"), "max_years", 1, 3,
        true));
    WeightSets sets = (WeightSets) s.inputs().get(5);
    assertThat(sets.labels()).containsExactly("a", "b");
    assertThat(sets.sets().get(0)).isEqualTo(Map.of("P1", 1.0, "P2", 3.0));
    assertThat(s.inputs().get(6)).isEqualTo(new IndicatorExclusion("indicators", List.of("A", "C")));
  }

  @Test
  void an_empty_spec_is_an_audit_with_the_defaults() {
    AnalysisSpec s = AnalysisSpecReader.read("spec.yaml", "", null, null);

    assertThat(s).isEqualTo(AnalysisSpec.defaults());
  }

  @Test
  void reads_json_all_years_and_every_indicator() {
    AnalysisSpec s = AnalysisSpecReader.read("spec.json",
        "{\"years\": \"all\", \"inputs\": [{\"exclude\": \"all\"}]}", null, ExamplePanel.framework());

    assertThat(s.allYears()).isTrue();
    assertThat(((IndicatorExclusion) s.inputs().get(0)).indicators()).containsExactly("A", "B", "C", "D");
  }

  @Test
  void collects_every_problem_with_its_place() {
    assertThatThrownBy(() -> AnalysisSpecReader.read("spec.yaml", """
        runs: many
        sampler: latin
        colour: blue
        inputs:
          - name: w
            weights: {noise: 2, levels: [2]}
          - name: n
            step: normalise
          - name: p
            step: aggregate
            parameter: p
          - name: s
            weight_sets: {file: missing.csv}
        """, dir, null))
        .isInstanceOf(DataException.class)
        .satisfies(e -> assertThat(((DataException) e).problems()).hasSize(7))
        .hasMessageContaining("spec.yaml runs: runs must be a whole number of at least 1, got 'many'")
        .hasMessageContaining("spec.yaml sampler: unknown sampler 'latin'")
        .hasMessageContaining("spec.yaml key colour: unknown key 'colour'")
        .hasMessageContaining("spec.yaml inputs[1] (w): input 'w' needs noise in (0, 1]")
        .hasMessageContaining("spec.yaml inputs[2] (n): say what is uncertain")
        .hasMessageContaining("spec.yaml inputs[3] (p): a parameter input needs values")
        .hasMessageContaining("weight-sets file 'missing.csv' not found");
  }

  @Test
  void names_the_line_of_a_syntax_error() {
    assertThatThrownBy(() -> AnalysisSpecReader.read("spec.yaml", "inputs:\n  - name: [x\n", null, null))
        .isInstanceOf(DataException.class).hasMessageStartingWith("spec.yaml line");
  }
}
