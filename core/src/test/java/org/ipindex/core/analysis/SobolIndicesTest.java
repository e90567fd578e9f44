package org.ipindex.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import org.ipindex.core.testkit.CoinrCsv;
import org.junit.jupiter.api.Test;

/**
 * The Sobol estimators against COINr 1.1.14's {@code SA_estimate}: on y = x1 + 2·x2 + 3·x3 from an
 * exported 500-point design, and on the exported outputs of case 09's sensitivity analysis. Same
 * outputs in, so the estimates must agree to rounding; the bootstrap draws differ, so its intervals
 * are compared loosely.
 */
class SobolIndicesTest {
  private static final double TOLERANCE = 1e-12;

  @Test
  void matches_coinr_on_the_linear_test_function() {
    CoinrCsv sample = CoinrCsv.resource("/coinr/expected/09_sa_estimate_linear_sample.csv");
    CoinrCsv expected = CoinrCsv.resource("/coinr/expected/09_sa_estimate_linear_indices.csv");
    double[] y = column(sample, "y");

    SobolIndices.Estimate e = SobolIndices.estimate(y, 500, 3);

    double worst = compare(expected, e);
    System.out.printf(Locale.ROOT, "golden 09_sa_estimate_linear_indices.csv: 3 inputs, max relative error %.2e%n",
        worst);
  }

  @Test
  void matches_coinr_on_the_outputs_of_case_09() {
    CoinrCsv output = CoinrCsv.resource("/coinr/expected/09_SA_output_meanAbsRankDiff.csv");
    CoinrCsv expected = CoinrCsv.resource("/coinr/expected/09_SA_estimate_noboot_from_y.csv");

    SobolIndices.Estimate e = SobolIndices.estimate(column(output, "y"), 50, 4);

    double worst = compare(expected, e);
    System.out.printf(Locale.ROOT, "golden 09_SA_estimate_noboot_from_y.csv: 4 inputs, max relative error %.2e%n",
        worst);
  }

  @Test
  void bootstraps_intervals_like_coinr_loosely() {
    CoinrCsv output = CoinrCsv.resource("/coinr/expected/09_SA_output_meanAbsRankDiff.csv");
    CoinrCsv coinr = CoinrCsv.resource("/coinr/expected/09_SA_Sensitivity.csv");

    SobolIndices.Estimate e = SobolIndices.estimate(column(output, "y"), 50, 4, 2000, 9);

    double worst = 0;
    for (int i = 0; i < 4; i++) {
      String[] row = coinr.rows().get(i);
      SobolIndices.Index ours = e.indices().get(i);
      assertThat(ours.first()).isCloseTo(CoinrCsv.number(row[coinr.column("Si")]), within(TOLERANCE));
      double siLow = CoinrCsv.number(row[coinr.column("Si_q5")]);
      double siHigh = CoinrCsv.number(row[coinr.column("Si_q95")]);
      double stLow = CoinrCsv.number(row[coinr.column("STi_q5")]);
      double stHigh = CoinrCsv.number(row[coinr.column("STi_q95")]);
      double[][] pairs = {
          {ours.firstLow(), siLow, siHigh - siLow}, {ours.firstHigh(), siHigh, siHigh - siLow},
          {ours.totalLow(), stLow, stHigh - stLow}, {ours.totalHigh(), stHigh, stHigh - stLow}};
      for (double[] p : pairs) {
        // independent bootstraps of 50 heavy-tailed terms: the ends agree to a fraction of the width
        assertThat(p[0]).as("%s", row[0]).isCloseTo(p[1], within(0.25 * p[2]));
        worst = Math.max(worst, Math.abs(p[0] - p[1]) / p[2]);
      }
      assertThat(ours.firstLow()).isLessThanOrEqualTo(ours.firstHigh());
      assertThat(ours.totalLow()).isLessThanOrEqualTo(ours.totalHigh());
    }
    System.out.printf(Locale.ROOT,
        "golden 09_SA_Sensitivity.csv bootstrap interval ends: max difference %.0f %% of COINr's interval width%n",
            100 * worst);
  }

  @Test
  void gives_zero_total_index_to_an_input_that_changes_nothing() {
    // y = x1 over N = 4, d = 2: input 2 never matters
    double[] a = {0.1, 0.4, 0.7, 0.9};
    double[] b = {0.3, 0.2, 0.8, 0.5};
    double[] y = new double[16];
    for (int j = 0; j < 4; j++) {
      y[j] = a[j];
      y[4 + j] = b[j];
      y[8 + j] = b[j];   // AB1: x1 from B
      y[12 + j] = a[j];  // AB2: x2 from B, x1 from A
    }

    SobolIndices.Estimate e = SobolIndices.estimate(y, 4, 2);

    assertThat(e.indices().get(1).total()).isZero();
    assertThat(e.indices().get(1).first()).isZero();
    assertThat(e.indices().get(0).total()).isPositive();
    assertThat(e.indices().get(0).firstLow()).isNaN();
  }

  @Test
  void gives_nan_when_the_output_never_changes() {
    SobolIndices.Estimate e = SobolIndices.estimate(new double[12], 3, 2, 10, 1);

    assertThat(e.variance()).isZero();
    assertThat(e.indices().get(0).first()).isNaN();
    assertThat(e.indices().get(0).totalHigh()).isNaN();
  }

  @Test
  void rejects_outputs_that_are_not_a_saltelli_design() {
    assertThatThrownBy(() -> SobolIndices.estimate(new double[10], 3, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has 12 outputs, got 10");
  }

  private static double compare(CoinrCsv expected, SobolIndices.Estimate e) {
    double worst = 0;
    for (int i = 0; i < expected.rows().size(); i++) {
      String[] row = expected.rows().get(i);
      double si = CoinrCsv.number(row[expected.column("Si")]);
      double sti = CoinrCsv.number(row[expected.column("STi")]);
      assertThat(e.indices().get(i).first()).as("S%d", i + 1).isCloseTo(si, within(TOLERANCE * Math.max(1,
          Math.abs(si))));
      assertThat(e.indices().get(i).total()).as("ST%d", i + 1).isCloseTo(sti, within(TOLERANCE * Math.max(1,
          Math.abs(sti))));
      worst = Math.max(worst, Math.max(Math.abs(e.indices().get(i).first() - si) / Math.max(1, Math.abs(si)),
          Math.abs(e.indices().get(i).total() - sti) / Math.max(1, Math.abs(sti))));
    }
    return worst;
  }

  private static double[] column(CoinrCsv csv, String name) {
    int c = csv.column(name);
    return csv.rows().stream().mapToDouble(r -> CoinrCsv.number(r[c])).toArray();
  }
}
