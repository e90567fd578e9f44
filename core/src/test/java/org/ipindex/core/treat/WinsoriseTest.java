package org.ipindex.core.treat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.ipindex.core.treat.Winsorise.Fallback;
import org.junit.jupiter.api.Test;

class WinsoriseTest {
  private static final double NA = Double.NaN;
  // COINr's own example: 1..10 with two outliers.
  private static final double[] twoOutliers = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100};

  @Test
  void winsorises_the_highest_value_to_the_next_highest_until_the_values_pass() {
    // Before: skew 3.06 ≥ 2 and kurtosis 9.74 ≥ 3.5, so it fails; skew ≥ 0, so the top moves.
    // Step 1: 100 → 30. Now skew 1.71 < 2: passes, stop after one point.
    Treatment t = Winsorise.defaults().apply("x", twoOutliers);

    assertThat(t.values()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 30);
    assertThat(t.points()).containsExactly(null, null, null, null, null, null, null, null, null, null,
        null, "winhi");
    TreatmentDetails d = t.details();
    assertThat(d.skewBefore()).isCloseTo(3.0632410342394985, within(1e-12));
    assertThat(d.kurtBefore()).isCloseTo(9.741390834569144, within(1e-12));
    assertThat(d.passedBefore()).isFalse();
    assertThat(d.winsorised()).isEqualTo(1);
    assertThat(d.transform()).isEmpty();
    assertThat(d.skewAfter()).isCloseTo(1.7120380600890506, within(1e-12));
    assertThat(d.kurtAfter()).isCloseTo(1.8157805377242044, within(1e-12));
    assertThat(d.passedAfter()).isTrue();
  }

  @Test
  void moves_earlier_winsorised_points_again_with_the_new_maximum() {
    // Limits 1.5 and 1 make step 1's result (skew 1.71, kurtosis 1.82) fail, so step 2 moves both
    // values now at 30 down to 10: two points winsorised in all.
    Treatment t = new Winsorise(5, 1.5, 1, Fallback.LOG, false).apply("x", twoOutliers);

    assertThat(t.values()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10, 10);
    assertThat(t.points()[10]).isEqualTo("winhi");
    assertThat(t.points()[11]).isEqualTo("winhi");
    assertThat(t.details().winsorised()).isEqualTo(2);
    assertThat(t.details().skewAfter()).isCloseTo(-0.26791802441365, within(1e-12));
  }

  @Test
  void moves_tied_extreme_values_together_and_counts_each() {
    // Both 50s are the maximum: one step moves both, so two points count although winmax is 1.
    double[] tiedPair = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 50, 50};
    Treatment t = new Winsorise(1, 1, 1, Fallback.NONE, false).apply("x", tiedPair);

    assertThat(t.values()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10, 10);
    assertThat(t.details().winsorised()).isEqualTo(2);
    assertThat(t.points()).filteredOn("winhi"::equals).hasSize(2);
  }

  @Test
  void winsorises_the_lowest_value_when_skew_is_negative() {
    double[] oneLow = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, -100};
    Treatment t = Winsorise.defaults().apply("x", oneLow);

    assertThat(t.values()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1);
    assertThat(t.points()[10]).isEqualTo("winlo");
    assertThat(t.details().winsorised()).isEqualTo(1);
  }

  @Test
  void leaves_passing_values_untouched() {
    double[] mild = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 50, 50}; // skew 1.94 < 2
    Treatment t = Winsorise.defaults().apply("x", mild);

    assertThat(t.values()).containsExactly(mild);
    assertThat(t.points()).containsOnlyNulls();
    assertThat(t.details().passedBefore()).isTrue();
    assertThat(t.details().winsorised()).isZero();
    assertThat(t.details().skewAfter()).isNaN();
    assertThat(t.details().passedAfter()).isTrue();
  }

  @Test
  void logs_the_original_values_when_winmax_points_are_not_enough() {
    // winmax 0: no point may move, so log(x − min + 0.01·range) of the original values; a = 0.99.
    Treatment t = new Winsorise(0, 2, 3.5, Fallback.LOG, false).apply("x", twoOutliers);

    assertThat(t.values()[0]).isCloseTo(Math.log(0.99), within(1e-15));
    assertThat(t.values()[11]).isCloseTo(Math.log(99.99), within(1e-15));
    assertThat(t.points()).containsOnly("log_CT");
    assertThat(t.details().transform()).isEqualTo("log_CT");
    assertThat(t.details().winsorised()).isZero();
  }

  @Test
  void discards_the_winsorised_values_when_falling_back_without_combine() {
    // Limits 1 and 1: one point (100 → 30) is not enough; the log applies to the original 100.
    Treatment t = new Winsorise(1, 1, 1, Fallback.LOG, false).apply("x", twoOutliers);

    assertThat(t.values()[11]).isCloseTo(Math.log(100 - 1 + 0.99), within(1e-15));
    assertThat(t.points()[11]).isEqualTo("log_CT");
    assertThat(t.details().winsorised()).isEqualTo(1);
  }

  @Test
  void logs_the_winsorised_values_with_combine() {
    // Winsorised: 1..10, 30, 30; range 29, a = 0.29.
    Treatment t = new Winsorise(1, 1, 1, Fallback.LOG, true).apply("x", twoOutliers);

    assertThat(t.values()[0]).isCloseTo(Math.log(0.29), within(1e-15));
    assertThat(t.values()[11]).isCloseTo(Math.log(29.29), within(1e-14));
    assertThat(t.points()[10]).isEqualTo("log_CT");
    assertThat(t.points()[11]).isEqualTo("winhi+log_CT");
  }

  @Test
  void keeps_the_winsorised_values_when_the_fallback_is_none() {
    Treatment t = new Winsorise(1, 1, 1, Fallback.NONE, false).apply("x", twoOutliers);

    assertThat(t.values()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 30);
    assertThat(t.details().transform()).isEmpty();
    assertThat(t.details().passedAfter()).isFalse();
  }

  @Test
  void uses_box_cox_with_lambda_as_fallback() {
    Treatment t = new Winsorise(0, 2, 3.5, Fallback.BOXCOX, 0.5, false).apply("x", twoOutliers);

    assertThat(t.values()[3]).isCloseTo(2 * (Math.sqrt(4) - 1), within(1e-15));
    assertThat(t.points()).containsOnly("boxcox");
  }

  @Test
  void keeps_missing_values_missing() {
    double[] gaps = {NA, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, NA, 100};
    Treatment t = Winsorise.defaults().apply("x", gaps);

    assertThat(t.values()[0]).isNaN();
    assertThat(t.values()[12]).isNaN();
    assertThat(t.values()[13]).isEqualTo(30);
    assertThat(t.points()[0]).isNull();
    assertThat(t.details().skewBefore()).isCloseTo(3.0632410342394985, within(1e-12));

    Treatment logged = new Winsorise(0, 2, 3.5, Fallback.LOG, false).apply("x", gaps);
    assertThat(logged.values()[0]).isNaN();
    assertThat(logged.points()[0]).isNull();
    assertThat(logged.points()[1]).isEqualTo("log_CT");
  }

  @Test
  void passes_values_whose_shape_is_undefined() {
    Treatment allEqual = Winsorise.defaults().apply("x", new double[] {3, 3, 3, 3, 3});
    Treatment three = Winsorise.defaults().apply("x", new double[] {1, 2, 1000});
    Treatment none = Winsorise.defaults().apply("x", new double[] {NA, NA});

    assertThat(allEqual.values()).containsExactly(3, 3, 3, 3, 3);
    assertThat(allEqual.details().passedBefore()).isTrue();
    assertThat(three.values()).containsExactly(1, 2, 1000);
    assertThat(none.points()).containsOnlyNulls();
  }

  @Test
  void does_not_modify_its_input() {
    double[] x = twoOutliers.clone();
    Winsorise.defaults().apply("x", x);
    assertThat(x).containsExactly(twoOutliers);
  }

  @Test
  void rejects_inconsistent_parameters() {
    assertThatThrownBy(() -> new Winsorise(-1, 2, 3.5, Fallback.LOG, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("winmax");
    assertThatThrownBy(() -> new Winsorise(5, 0, 3.5, Fallback.LOG, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("skew_limit");
    assertThatThrownBy(() -> new Winsorise(5, 2, 3.5, Fallback.BOXCOX, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lambda");
    assertThatThrownBy(() -> new Winsorise(5, 2, 3.5, Fallback.LOG, 0.5, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only to the boxcox");
  }
}
