package org.ipindex.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndicatorStatisticsTest {
  private static final double NAN = Double.NaN;

  @Test
  void describes_the_present_values_and_counts_outliers_beyond_one_and_a_half_iqr() {
    // present 1..9 and 100: Q1 = 3.25, Q3 = 8.75, IQR = 5.5 → above 17 is an outlier
    double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 100, NAN, NAN};

    IndicatorStatistics s = IndicatorStatistics.of("X", 2023, x, AuditSettings.DEFAULT);

    assertThat(s.units()).isEqualTo(12);
    assertThat(s.present()).isEqualTo(10);
    assertThat(s.availability()).isEqualTo(10.0 / 12);
    assertThat(s.min()).isEqualTo(1.0);
    assertThat(s.max()).isEqualTo(100.0);
    assertThat(s.median()).isEqualTo(5.5);
    assertThat(s.outliersHigh()).isEqualTo(1);
    assertThat(s.outliersLow()).isZero();
    assertThat(s.skew()).isGreaterThan(2);
    assertThat(s.kurtosis()).isGreaterThan(3.5);
    assertThat(s.flags()).containsExactlyInAnyOrder(AuditFlag.OUTLIERS, AuditFlag.SKEW_KURTOSIS);
  }

  @Test
  void flags_low_availability_many_zeros_and_few_distinct_values() {
    double[] x = {0, 0, 0, 1, NAN, NAN, NAN, NAN};

    IndicatorStatistics s = IndicatorStatistics.of("X", 2023, x, AuditSettings.DEFAULT);

    assertThat(s.availability()).isEqualTo(0.5);
    assertThat(s.zeroShare()).isEqualTo(0.75);
    assertThat(s.uniqueShare()).isEqualTo(0.5);
    assertThat(s.flags()).contains(AuditFlag.LOW_AVAILABILITY,
        AuditFlag.MANY_ZEROS).doesNotContain(AuditFlag.FEW_UNIQUE);
  }

  @Test
  void an_indicator_without_values_has_missing_statistics() {
    IndicatorStatistics s = IndicatorStatistics.of("X", 2023, new double[] {NAN, NAN}, AuditSettings.DEFAULT);

    assertThat(s.present()).isZero();
    assertThat(s.mean()).isNaN();
    assertThat(s.skew()).isNaN();
    assertThat(s.flags()).containsExactly(AuditFlag.LOW_AVAILABILITY);
  }
}
