package org.ipindex.core.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.ipindex.core.aggregate.ArithmeticMean;
import org.ipindex.core.impute.CarryForward;
import org.ipindex.core.impute.GroupMean;
import org.ipindex.core.model.Direction;
import org.ipindex.core.model.Flag;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Node;
import org.ipindex.core.model.Panel;
import org.ipindex.core.weight.Ahp;
import org.ipindex.core.weight.EntropyWeights;
import org.ipindex.core.weight.EqualWeights;
import org.ipindex.core.weight.Weighter;
import org.junit.jupiter.api.Test;

/** The new imputation and weighting methods inside a build, and replayed from its recipe. */
class ImputeAndWeighReplayTest {
  private static final double NA = Double.NaN;

  private static final Framework FRAMEWORK = Framework.of("t", List.of(
      Node.group("IDX", null, "", "", NA),
      Node.group("P", "IDX", "", "", NA),
      Node.indicator("I1", "P", Direction.POSITIVE),
      Node.indicator("I2", "P", Direction.POSITIVE),
      Node.indicator("I3", "IDX", Direction.POSITIVE)));

  /** Units A, B, C in 2022 and 2023; A's I1 is missing in 2023, C's I3 in both years. */
  private static Panel panel() {
    Panel.Builder b = Panel.builder(List.of("A", "B", "C"), List.of("I1", "I2", "I3"), new int[] {2022, 2023})
        .grouping("area", List.of("east", "east", "west"));
    double[][][] v = {
        {{10, 20, 30}, {40, 50, 60}, {1, 2, NA}},
        {{NA, 25, 35}, {45, 55, 65}, {3, 4, NA}}};
    for (int y = 0; y < 2; y++) {
      for (int s = 0; s < 3; s++) {
        for (int u = 0; u < 3; u++) {
          b.set(u, s, y, v[y][s][u]);
        }
      }
    }
    return b.build();
  }

  @Test
  void carries_forward_and_weighs_by_entropy_and_ahp_then_replays_identically() {
    Weighter ahp = new Ahp(List.of("I3", "P"), new double[][] {{1, 3}, {1.0 / 3, 1}}, false);
    Build built = Build.start(panel(), FRAMEWORK)
        .apply(new Impute(new CarryForward(1)))
        .apply(new Weigh(new PerGroup<>(new EqualWeights(), Map.of(2, new EntropyWeights()), Map.of("IDX", ahp))))
        .apply(new Aggregate(PerGroup.of(new AggregationRule(new ArithmeticMean(), 0, 0))));

    Panel imputed = built.dataset("imputed");
    assertThat(imputed.value("A", "I1", 2023)).isEqualTo(10);
    assertThat(imputed.flag(0, imputed.seriesIndex("I1"), 1)).isEqualTo(Flag.carriedFrom(2022));
    assertThat(imputed.value("C", "I3", 2022)).isNaN();
    assertThat(built.weights().of("I3")).isCloseTo(0.75, within(1e-15));
    assertThat(built.weights().of("I1") + built.weights().of("I2")).isCloseTo(1, within(1e-12));

    Build replayed = Build.replay(panel(), FRAMEWORK, built.recipe());

    assertThat(replayed.recipe()).isEqualTo(built.recipe());
    assertThat(replayed.weights()).isEqualTo(built.weights());
    assertThat(replayed.dataset("imputed").value("A", "I1", 2023)).isEqualTo(10);
  }

  @Test
  void imputes_by_group_mean_within_each_year() {
    Build built = Build.start(panel(), FRAMEWORK).apply(new Impute(new GroupMean("area")));

    Panel imputed = built.dataset("imputed");
    // A's I1 in 2023 is B's 25, the only other east value that year (not 2022's 20); C (west, alone)
    // has no I3 to draw on
    assertThat(imputed.value("A", "I1", 2023)).isEqualTo(25);
    assertThat(imputed.flag(0, imputed.seriesIndex("I1"), 1)).isEqualTo(Flag.imputed("group_mean"));
    assertThat(imputed.value("C", "I3", 2023)).isNaN();
    assertThat(Build.replay(panel(), FRAMEWORK, built.recipe()).dataset("imputed").value("A", "I1", 2023))
        .isEqualTo(25);
  }
}
