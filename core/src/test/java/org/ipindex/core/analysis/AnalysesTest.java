package org.ipindex.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Panel;
import org.junit.jupiter.api.Test;

/** Uncertainty and sensitivity analyses end to end on the fixture. */
class AnalysesTest {
  private static final Framework FRAMEWORK = Fixtures.framework();
  private static final Panel PANEL = Fixtures.panel(9);

  @Test
  void an_uncertainty_analysis_reports_every_units_rank_interval() {
    Experiment e = Experiment.of(PANEL, FRAMEWORK, Fixtures.regional(), null, new int[] {2022, 2023},
        ExperimentTest.regionalInputs());
    UncertaintyAnalysis ua = UncertaintyAnalysis.of(e, Sampler.SOBOL, 64, 1);

    UncertaintyResult r = ua.summarise(Runs.sequentially(ua));

    assertThat(r.outcomes()).hasSize(64);
    assertThat(r.statistics()).hasSize(24);
    assertThat(r.statistics().get(12).year()).isEqualTo(2023);
    for (RankStatistics s : r.statistics()) {
      assertThat(s.lowRank()).isLessThanOrEqualTo(s.medianRank());
      assertThat(s.medianRank()).isLessThanOrEqualTo(s.highRank());
      assertThat(s.lowRank()).isBetween(1.0, 12.0);
    }
    assertThat(r.labels(0)).hasSize(5);
  }

  @Test
  void a_sensitivity_analysis_finds_the_input_that_matters_and_the_one_that_does_not() {
    // the aggregation method moves ranks; an imputation limit of 1 or 1 changes nothing
    Experiment e = Experiment.of(PANEL, FRAMEWORK, Fixtures.regional(), null, new int[0], List.of(
        StepAlternatives.of("aggregation", StepRef.verb("aggregate"), List.of(
            Map.of("method", "arithmetic"), Map.of("method", "geometric"), Map.of("method", "harmonic"))),
        new ParameterValues("imputation", StepRef.verb("impute"), "max_years", List.of(1, 1)),
        new WeightNoise("weights", List.of(3), List.of(), 0.5)));
    SensitivityAnalysis sa = SensitivityAnalysis.of(e, Sampler.SOBOL, 64, 3, 200);

    SensitivityResult r = sa.summarise(Runs.sequentially(sa));

    assertThat(sa.count()).isEqualTo(64 * 5);
    SobolIndices.Index aggregation = r.indices().indices().get(0);
    SobolIndices.Index imputation = r.indices().indices().get(1);
    assertThat(imputation.total()).isZero();
    assertThat(imputation.first()).isZero();
    assertThat(aggregation.total()).isGreaterThan(imputation.total());
    assertThat(aggregation.totalLow()).isLessThanOrEqualTo(aggregation.totalHigh());
    assertThat(r.byUnit()).hasSize(12 * 3);
    assertThat(r.byUnit().get(1).input()).isEqualTo("imputation");
    assertThat(r.byUnit().get(1).total()).satisfiesAnyOf(t -> assertThat(t).isZero(), t -> assertThat(t).isNaN());
    assertThat(r.statistics()).hasSize(12);
    assertThat(r.outputs()).hasSize(320);
    assertThat(r.outputs()[0]).isEqualTo(r.outcomes().get(0).meanAbsoluteRankChange(e.nominal()));
  }
}
