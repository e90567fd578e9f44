package org.ipindex.core.stat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Ranks} counts short vectors and radix-sorts long ones; both must give exactly the ranks of
 * the plain definition (sort by value, ties by {@code ==} share the first rank of their block), which
 * is what Ranks did before. Seeded random vectors with NaN, ties, ±0 and ±∞, short and long.
 */
class RanksAgainstSortingTest {
  private static final double[] SPECIAL = {
      Double.NaN, 0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE,
      -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 1.0, -1.0, 60.0, 100.0};

  @Test
  void gives_the_ranks_of_a_comparison_sort_for_any_length_and_values() {
    Random rnd = new Random(20240611);
    int[] lengths = {0, 1, 2, 3, 31, 63, 64, 65, 66, 100, 257, 1000, 2844};
    for (int n : lengths) {
      for (int trial = 0; trial < 20; trial++) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
          x[i] = switch (rnd.nextInt(5)) {
            case 0 -> SPECIAL[rnd.nextInt(SPECIAL.length)];
            case 1 -> Math.rint(rnd.nextGaussian() * 3); // many ties
            case 2 -> -Math.exp(3 * rnd.nextGaussian());
            default -> 60 + 40 * rnd.nextDouble();
          };
        }
        double[] copy = x.clone();
        assertThat(Ranks.descending(x)).as("descending, n = %d", n).containsExactly(reference(x, true));
        assertThat(Ranks.ascending(x)).as("ascending, n = %d", n).containsExactly(reference(x, false));
        assertThat(x).containsExactly(copy);
      }
    }
  }

  @Test
  void ranks_all_equal_and_all_missing_long_vectors() {
    double[] same = new double[500];
    Arrays.fill(same, 7.5);
    assertThat(Ranks.descending(same)).containsOnly(1.0);
    double[] none = new double[500];
    Arrays.fill(none, Double.NaN);
    assertThat(Ranks.ascending(none)).containsOnly(Double.NaN);
  }

  /** The former implementation: boxed indices sorted with Double.compare, ties by ==. */
  private static double[] reference(double[] x, boolean highestFirst) {
    int n = x.length;
    Integer[] order = new Integer[n];
    int present = 0;
    for (int i = 0; i < n; i++) {
      if (!Double.isNaN(x[i])) {
        order[present++] = i;
      }
    }
    Integer[] idx = Arrays.copyOf(order, present);
    Arrays.sort(idx, (a, b) -> highestFirst ? Double.compare(x[b], x[a]) : Double.compare(x[a], x[b]));
    double[] r = new double[n];
    Arrays.fill(r, Double.NaN);
    for (int k = 0; k < present; k++) {
      if (k > 0 && x[idx[k]] == x[idx[k - 1]]) {
        r[idx[k]] = r[idx[k - 1]];
      } else {
        r[idx[k]] = k + 1;
      }
    }
    return r;
  }
}
