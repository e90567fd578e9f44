package org.ipindex.app.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ipindex.app.analysis.Cancellation;
import org.ipindex.app.analysis.ParallelRuns;
import org.ipindex.app.analysis.RunProgress;
import org.ipindex.core.analysis.AnalysisSpec;
import org.ipindex.core.analysis.Experiment;
import org.ipindex.core.analysis.RankStatistics;
import org.ipindex.core.analysis.Runs;
import org.ipindex.core.analysis.Sampler;
import org.ipindex.core.analysis.SensitivityAnalysis;
import org.ipindex.core.analysis.SensitivityResult;
import org.ipindex.core.analysis.RunOutcome;
import org.ipindex.core.analysis.SobolIndices;
import org.ipindex.core.analysis.StepAlternatives;
import org.ipindex.core.analysis.WeightSets;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Panel;
import org.ipindex.core.testkit.CoinrCsv;
import org.ipindex.io.FrameworkFile;
import org.ipindex.io.analysis.AnalysisSpecReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * COINr case 09 — uncertainty and sensitivity analysis — replayed: COINr's exported choices of every
 * run (Winmax, normalisation, weight set, aggregation) are turned into points of an
 * {@link Experiment} read from {@code golden/coinr-09-robustness.yaml} (with COINr's own weight sets)
 * on the recipe {@code coinr-03-minmax0_100-amean.yaml}, evaluated on several threads, and compared
 * with COINr 1.1.14: every run's index scores (1e-9 relative) and ranks (exactly), the rank
 * statistics, each sensitivity run's mean absolute rank change, and the Sobol estimates; the
 * bootstrap intervals, drawn at random, loosely.
 */
class Coinr09GoldenTest {
  private static final FrameworkFile META = CoinrGolden.framework();
  private static final Framework FRAMEWORK = META.framework();
  private static final Panel DATA = CoinrGolden.panel(META, "ASEM_iData.csv");
  private static final String EXPECTED = "/coinr/expected/";

  @TempDir
  static Path dir;
  static AnalysisSpec spec;
  static Experiment experiment;

  @BeforeAll
  static void readSpec() throws IOException {
    try (InputStream in = Coinr09GoldenTest.class.getResourceAsStream(EXPECTED + "09_noisy_weights_100.csv")) {
      Files.copy(in, dir.resolve("09_noisy_weights_100.csv"));
    }
    try (InputStream in = Coinr09GoldenTest.class.getResourceAsStream("/golden/coinr-09-robustness.yaml")) {
      Files.writeString(dir.resolve("coinr-09-robustness.yaml"), new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    spec = AnalysisSpecReader.read(dir.resolve("coinr-09-robustness.yaml"), FRAMEWORK);
    experiment = Experiment.of(DATA, FRAMEWORK, CoinrGolden.recipe("coinr-03-minmax0_100-amean"), null, new int[0],
        spec.inputs());
  }

  /** Returns the point whose coordinates pick COINr's choices of each run of a {@code _Para} file. */
  static List<double[]> points(String paraFile) {
    CoinrCsv para = CoinrCsv.resource(EXPECTED + paraFile);
    List<List<String>> options = List.of(
        List.of("1", "2", "3", "4", "5"),
        ((StepAlternatives) spec.inputs().get(1)).labels(),
        ((WeightSets) spec.inputs().get(2)).labels(),
        ((StepAlternatives) spec.inputs().get(3)).labels());
    List<String> columns = List.of("Winmax", "Normalisation", "WeightSet", "Aggregation");
    List<double[]> points = new ArrayList<>();
    for (int r = 0; r < para.rows().size(); r++) {
      assertThat(para.rows().get(r)[para.column("run")]).isEqualTo(String.valueOf(r + 1));
      double[] point = new double[4];
      for (int i = 0; i < 4; i++) {
        String choice = para.rows().get(r)[para.column(columns.get(i))];
        int k = options.get(i).indexOf(choice);
        assertThat(k).as("%s %s", columns.get(i), choice).isNotNegative();
        point[i] = (k + 0.5) / options.get(i).size();
      }
      points.add(point);
    }
    return points;
  }

  /** Evaluates the points on two threads, as the CLI would. */
  static List<RunOutcome> replay(List<double[]> points) {
    Runs<RunOutcome> runs = new Runs<>() {
      @Override
      public int count() {
        return points.size();
      }

      @Override
      public RunOutcome run(int index) {
        return experiment.evaluate(points.get(index));
      }
    };
    return ParallelRuns.run(runs, 2, RunProgress.NONE, new Cancellation());
  }

  @Test
  void the_spec_says_what_coinr_varied() {
    assertThat(spec.inputs()).extracting(i -> i.name()).containsExactly("Winmax", "Normalisation", "WeightSet",
        "Aggregation");
    assertThat(spec.runs()).isEqualTo(100);
    assertThat(spec.samples()).isEqualTo(50);
    assertThat(experiment.labels(points("09_UA_Para.csv").get(0))).containsExactly("5", "n_minmax", "100", "a_amean");
  }

  @Test
  void every_uncertainty_run_reproduces_coinrs_scores_and_ranks() {
    List<RunOutcome> outcomes = replay(points("09_UA_Para.csv"));

    CoinrGolden.Comparison scores = compareRuns("09_UA_Scores.csv", outcomes, false);
    CoinrGolden.Comparison ranks = compareRuns("09_UA_Ranks.csv", outcomes, true);
    scores.assertMatches();
    ranks.assertMatches();
  }

  @Test
  void the_rank_statistics_of_the_uncertainty_analysis_match_coinr() {
    List<RunOutcome> outcomes = replay(points("09_UA_Para.csv"));

    compareStatistics("09_UA_RankStats.csv", RankStatistics.of(experiment, experiment.nominal(), outcomes));
  }

  @Test
  void the_sensitivity_runs_outputs_and_sobol_estimates_match_coinr() {
    List<RunOutcome> outcomes = replay(points("09_SA_Para.csv"));
    // an analysis of the same shape (N = 50, d = 4) summarises COINr's runs
    SensitivityResult result = SensitivityAnalysis.of(experiment, Sampler.MONTE_CARLO, 50, 9, 1000).summarise(outcomes);

    CoinrCsv y = CoinrCsv.resource(EXPECTED + "09_SA_output_meanAbsRankDiff.csv");
    double worstOutput = 0;
    for (int r = 0; r < 300; r++) {
      double want = CoinrCsv.number(y.rows().get(r)[y.column("y")]);
      assertThat(result.outputs()[r]).as("run %d", r + 1).isEqualTo(want);
      worstOutput = Math.max(worstOutput, Math.abs(result.outputs()[r] - want));
    }
    CoinrCsv coinr = CoinrCsv.resource(EXPECTED + "09_SA_Sensitivity.csv");
    double worst = 0;
    double worstInterval = 0;
    for (int i = 0; i < 4; i++) {
      String[] row = coinr.rows().get(i);
      SobolIndices.Index ours = result.indices().indices().get(i);
      double si = CoinrCsv.number(row[coinr.column("Si")]);
      double sti = CoinrCsv.number(row[coinr.column("STi")]);
      worst = Math.max(worst, Math.max(Math.abs(ours.first() - si), Math.abs(ours.total() - sti)));
      double siWidth = CoinrCsv.number(row[coinr.column("Si_q95")]) - CoinrCsv.number(row[coinr.column("Si_q5")]);
      double stWidth = CoinrCsv.number(row[coinr.column("STi_q95")]) - CoinrCsv.number(row[coinr.column("STi_q5")]);
      worstInterval = Math.max(worstInterval, Math.max(
          Math.max(Math.abs(ours.firstLow() - CoinrCsv.number(row[coinr.column("Si_q5")])),
              Math.abs(ours.firstHigh() - CoinrCsv.number(row[coinr.column("Si_q95")]))) / siWidth,
          Math.max(Math.abs(ours.totalLow() - CoinrCsv.number(row[coinr.column("STi_q5")])),
              Math.abs(ours.totalHigh() - CoinrCsv.number(row[coinr.column("STi_q95")]))) / stWidth));
    }
    assertThat(worst).as("Sobol estimates").isLessThanOrEqualTo(1e-12);
    assertThat(worstInterval).as("bootstrap interval ends, as a share of COINr's width").isLessThan(0.3);
    compareStatistics("09_SA_RankStats.csv", result.statistics());
    System.out.printf(Locale.ROOT, "golden 09_SA_output_meanAbsRankDiff.csv  300 runs, max absolute error %.2e%n",
        worstOutput);
    System.out.printf(Locale.ROOT,
        "golden 09_SA_Sensitivity.csv Si, STi     max absolute error %.2e; bootstrap ends within "
        + "%.0f %% of COINr's interval width%n", worst, 100 * worstInterval);
  }

  private static CoinrGolden.Comparison compareRuns(String file, List<RunOutcome> outcomes, boolean ranks) {
    CoinrCsv expected = CoinrCsv.resource(EXPECTED + file);
    CoinrGolden.Comparison c = new CoinrGolden.Comparison(file);
    List<String> units = experiment.units();
    assertThat(expected.rows()).hasSize(units.size());
    for (String[] row : expected.rows()) {
      String unit = row[expected.column("uCode")];
      int u = units.indexOf(unit);
      assertThat(u).as(unit).isNotNegative();
      for (int r = 0; r <= outcomes.size(); r++) {
        RunOutcome o = r == 0 ? experiment.nominal() : outcomes.get(r - 1);
        String column = r == 0 ? "Nominal" : "r_" + r;
        double want = CoinrCsv.number(row[expected.column(column)]);
        if (ranks) {
          c.rank(unit, column, 0, o.rank(u), want);
        } else {
          c.value(unit, column, 0, o.score(u), want);
        }
      }
    }
    return c;
  }

  private static void compareStatistics(String file, List<RankStatistics> ours) {
    CoinrCsv expected = CoinrCsv.resource(EXPECTED + file);
    CoinrGolden.Comparison c = new CoinrGolden.Comparison(file);
    for (String[] row : expected.rows()) {
      String unit = row[expected.column("uCode")];
      RankStatistics s = ours.stream().filter(x -> x.unitCode().equals(unit)).findFirst().orElseThrow();
      c.value(unit, "Nominal", 0, s.nominalRank(), CoinrCsv.number(row[expected.column("Nominal")]));
      c.value(unit, "Mean", 0, s.meanRank(), CoinrCsv.number(row[expected.column("Mean")]));
      c.value(unit, "Median", 0, s.medianRank(), CoinrCsv.number(row[expected.column("Median")]));
      c.value(unit, "Q5", 0, s.lowRank(), CoinrCsv.number(row[expected.column("Q5")]));
      c.value(unit, "Q95", 0, s.highRank(), CoinrCsv.number(row[expected.column("Q95")]));
    }
    assertThat(ours).hasSize(expected.rows().size());
    c.assertMatches();
  }
}
