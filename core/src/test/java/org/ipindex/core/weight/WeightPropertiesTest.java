package org.ipindex.core.weight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties every weighter keeps, on seeded random groups. */
class WeightPropertiesTest {
  @Test
  void give_non_negative_weights_summing_to_one() {
    Random random = new Random(20240611L);
    List<String> seen = new ArrayList<>();
    for (int trial = 0; trial < 300; trial++) {
      int m = 1 + random.nextInt(7);
      String[] children = new String[m];
      for (int j = 0; j < m; j++) {
        children[j] = "I" + j;
      }
      WeightInput input = Groups.of(commonFactorScores(random, m, 5 + random.nextInt(60)), children);
      for (Weighter weighter : List.of(new EqualWeights(), new FrameworkWeights(), new LeafCount(),
          new EntropyWeights(), new PcaWeights(), new Ahp(List.of(), reciprocal(random, m), true),
          new GivenWeights(given(random, children)))) {
        double[] w = weighter.weights(input);
        String at = "%s, trial %d".formatted(weighter.name(), trial);
        assertThat(w).as(at).hasSize(m);
        for (double x : w) {
          assertThat(x).as(at).isGreaterThanOrEqualTo(0).isFinite();
        }
        assertThat(sum(w)).as(at).isCloseTo(1, within(1e-12));
        if (!seen.contains(weighter.name())) {
          seen.add(weighter.name());
        }
      }
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(Weighters.names());
  }

  /** Returns a positive weight for every child, plus one for a code that is not a child. */
  private static java.util.Map<String, Double> given(Random random, String[] children) {
    java.util.Map<String, Double> w = new java.util.LinkedHashMap<>();
    for (String c : children) {
      w.put(c, 0.1 + random.nextDouble());
    }
    w.put("not-a-child", 5.0);
    return w;
  }

  /**
   * Returns scores in [0, 100] with some missing, made of one common factor plus noise, so that all
   * children correlate positively (as PCA weights need).
   */
  private static double[][] commonFactorScores(Random random, int m, int rows) {
    double[][] s = new double[m][rows];
    double[] loading = new double[m];
    for (int j = 0; j < m; j++) {
      loading[j] = 0.5 + random.nextDouble();
    }
    for (int i = 0; i < rows; i++) {
      double f = random.nextGaussian();
      for (int j = 0; j < m; j++) {
        double x = 50 + 12 * loading[j] * f + 3 * random.nextGaussian();
        s[j][i] = random.nextInt(15) == 0 ? Double.NaN : Math.min(100, Math.max(0, x));
      }
    }
    for (int j = 0; j < m; j++) {
      s[j][0] = 30 + j;
      s[j][1] = 70 - j;
      s[j][2] = 55;
    }
    return s;
  }

  /** Returns a random reciprocal matrix on Saaty's 1/9..9 scale. */
  private static double[][] reciprocal(Random random, int m) {
    double[][] a = new double[m][m];
    for (int i = 0; i < m; i++) {
      a[i][i] = 1;
      for (int j = i + 1; j < m; j++) {
        double v = 1 + random.nextInt(9);
        a[i][j] = random.nextBoolean() ? v : 1 / v;
        a[j][i] = 1 / a[i][j];
      }
    }
    return a;
  }

  private static double sum(double[] w) {
    double s = 0;
    for (double x : w) {
      s += x;
    }
    return s;
  }
}
