package org.ipindex.core.analysis;

import java.util.Locale;
import java.util.SplittableRandom;
import org.hipparchus.random.SobolSequenceGenerator;

/**
 * How the points of a design are drawn from the unit hypercube.
 *
 * <ul>
 *   <li>{@link #MONTE_CARLO} — independent uniform draws from {@link SplittableRandom} seeded with
 *       the given seed, row by row;
 *   <li>{@link #SOBOL} — the Sobol low-discrepancy sequence with the Joe–Kuo direction numbers
 *       (Hipparchus's {@link SobolSequenceGenerator}: S. Joe and F. Y. Kuo, "Constructing Sobol
 *       sequences with better two-dimensional projections", SIAM J. Sci. Comput. 30, 2635–2654,
 *       2008), without its first point (the origin), as is usual. The sequence is deterministic: the
 *       seed does not change it. Up to 21,201 dimensions.
 * </ul>
 */
public enum Sampler {
  MONTE_CARLO,
  SOBOL;

  /** The most dimensions a Sobol sequence has direction numbers for. */
  public static final int MAX_SOBOL_DIMENSIONS = 21201;

  /** Returns the name as written in a spec file: {@code monte_carlo} or {@code sobol}. */
  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the sampler for a name ({@code monte_carlo}, {@code mc}, {@code random}, {@code sobol}).
   *
   * @throws IllegalArgumentException for another name
   */
  public static Sampler parse(String name) {
    return switch (name.trim().toLowerCase(Locale.ROOT).replace('-', '_')) {
      case "monte_carlo", "mc", "random" -> MONTE_CARLO;
      case "sobol" -> SOBOL;
      default -> throw new IllegalArgumentException("unknown sampler '%s'; use monte_carlo or sobol".formatted(name));
    };
  }

  /**
   * Returns {@code count} points of {@code dimensions} coordinates in [0, 1).
   *
   * @throws IllegalArgumentException for a negative count, no dimensions, or more dimensions than a
   *     Sobol sequence has
   */
  public double[][] points(int count, int dimensions, long seed) {
    if (count < 0 || dimensions < 1) {
      throw new IllegalArgumentException("a design needs count >= 0 and dimensions >= 1, got %d and %d"
          .formatted(count, dimensions));
    }
    double[][] out = new double[count][];
    if (this == MONTE_CARLO) {
      SplittableRandom random = new SplittableRandom(seed);
      for (int i = 0; i < count; i++) {
        out[i] = new double[dimensions];
        for (int j = 0; j < dimensions; j++) {
          out[i][j] = random.nextDouble();
        }
      }
      return out;
    }
    if (dimensions > MAX_SOBOL_DIMENSIONS) {
      throw new IllegalArgumentException("a Sobol sequence has at most %d dimensions, %d asked; use monte_carlo"
          .formatted(MAX_SOBOL_DIMENSIONS, dimensions));
    }
    SobolSequenceGenerator sobol = new SobolSequenceGenerator(dimensions);
    sobol.nextVector();
    for (int i = 0; i < count; i++) {
      out[i] = sobol.nextVector();
    }
    return out;
  }
}
