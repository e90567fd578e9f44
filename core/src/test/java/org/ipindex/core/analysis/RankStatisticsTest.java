package org.ipindex.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.ipindex.core.model.Panel;
import org.junit.jupiter.api.Test;

class RankStatisticsTest {
  @Test
  void summarises_each_units_ranks_with_type_7_percentiles() {
    Panel panel = Fixtures.panel(3);
    Experiment e = Experiment.of(panel, Fixtures.framework(), Fixtures.regional(), null, new int[0],
        List.of(new ParameterValues("imputation", StepRef.verb("impute"), "max_years", List.of(1))));
    // unit 0 ranked 1..10 over ten runs, the others NaN in the last run
    List<RunOutcome> runs = new ArrayList<>();
    for (int r = 0; r < 10; r++) {
      double[] scores = new double[12];
      double[] ranks = new double[12];
      for (int u = 0; u < 12; u++) {
        ranks[u] = u == 0 ? r + 1 : r == 9 ? Double.NaN : 2;
        scores[u] = 100 - ranks[u];
      }
      runs.add(RunOutcome.of(scores, ranks));
    }

    List<RankStatistics> s = RankStatistics.of(e, e.nominal(), runs);

    RankStatistics u0 = s.get(0);
    assertThat(u0.unitCode()).isEqualTo("U0");
    assertThat(u0.year()).isEqualTo(2023);
    assertThat(u0.meanRank()).isEqualTo(5.5);
    assertThat(u0.medianRank()).isEqualTo(5.5);
    // h = (10 − 1)·0.05 = 0.45 → 1 + 0.45·(2 − 1); h = 8.55 → 9 + 0.55·(10 − 9)
    assertThat(u0.lowRank()).isCloseTo(1.45, within(1e-15));
    assertThat(u0.highRank()).isCloseTo(9.55, within(1e-15));
    assertThat(u0.rankInterval()).isCloseTo(8.1, within(1e-14));
    assertThat(u0.ranked()).isEqualTo(10);
    assertThat(u0.nominalRank()).isEqualTo(e.nominal().rank(0));
    assertThat(s.get(1).ranked()).isEqualTo(9);
    assertThat(s.get(1).meanRank()).isEqualTo(2);
  }

  @Test
  void the_mean_absolute_rank_change_skips_units_without_a_rank() {
    RunOutcome nominal = RunOutcome.of(new double[] {3, 2, 1}, new double[] {1, 2, 3});
    RunOutcome run = RunOutcome.of(new double[] {1, 2, Double.NaN}, new double[] {2, 1, Double.NaN});

    assertThat(run.meanAbsoluteRankChange(nominal)).isEqualTo(1.0);
  }
}
