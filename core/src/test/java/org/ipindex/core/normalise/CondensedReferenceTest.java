package org.ipindex.core.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.ipindex.core.model.Direction;
import org.junit.jupiter.api.Test;

/**
 * A normaliser's condensed reference must give bit-identical scores to the reference it condenses:
 * seeded vectors with NaN, ties, ±0, a zero range and no present value at all.
 */
class CondensedReferenceTest {
  private static final List<Normaliser> CONDENSING =
      List.of(new Efficacy(60, 40), new MinMax(0, 100), new MinMax(-3, 7.5), new DistanceToMax());

  @Test
  void scores_from_the_condensed_reference_are_bit_identical() {
    Random rnd = new Random(7);
    for (int trial = 0; trial < 500; trial++) {
      int n = 1 + rnd.nextInt(60);
      double[] reference = new double[n * 3];
      int kind = rnd.nextInt(4);
      for (int i = 0; i < reference.length; i++) {
        reference[i] = switch (kind) {
          case 0 -> rnd.nextInt(10) == 0 ? Double.NaN : Math.exp(3 * rnd.nextGaussian());
          case 1 -> rnd.nextBoolean() ? 0.0 : -0.0;
          case 2 -> rnd.nextInt(3) == 0 ? Double.NaN : 4.25;
          default -> Double.NaN;
        };
      }
      double[] values = new double[n];
      for (int i = 0; i < n; i++) {
        values[i] = rnd.nextInt(8) == 0 ? Double.NaN : rnd.nextBoolean() ? reference[rnd.nextInt(reference.length)]
            : (rnd.nextBoolean() ? -0.0 : rnd.nextGaussian() * 5);
      }
      for (Normaliser m : CONDENSING) {
        double[] condensed = m.condenseReference(reference);
        double[] full = m.apply(new NormaliserInput("x", values, reference, null, Double.NaN, Direction.POSITIVE));
        double[] fast = m.apply(new NormaliserInput("x", values, condensed, null, Double.NaN, Direction.POSITIVE));
        assertThat(bits(fast)).as("%s, trial %d", m, trial).containsExactly(bits(full));
      }
    }
  }

  @Test
  void other_methods_keep_their_reference() {
    double[] reference = {3, 1, 2};
    assertThat(new ZScore(0, 1).condenseReference(reference)).isSameAs(reference);
    assertThat(new RankScore().condenseReference(reference)).isSameAs(reference);
  }

  private static long[] bits(double[] x) {
    long[] b = new long[x.length];
    for (int i = 0; i < x.length; i++) {
      b[i] = Double.doubleToRawLongBits(x[i]);
    }
    return b;
  }
}
