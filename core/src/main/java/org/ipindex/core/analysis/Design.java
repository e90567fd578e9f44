package org.ipindex.core.analysis;

import java.util.Objects;

/**
 * The points at which an analysis runs an experiment, one per run.
 *
 * <ul>
 *   <li>{@link #uncertainty} — {@code runs} points of the sampler;
 *   <li>{@link #saltelli} — the design of Saltelli (2002, 2010) for first- and total-order Sobol
 *       indices: two base matrices A and B of N points each (the first and the second half of the
 *       coordinates of N points of twice the dimensions), then for each input i the matrix A_B^i, A
 *       with input i's coordinates taken from B; N·(d + 2) runs in the order A, B, A_B^1 … A_B^d
 *       (COINr's order). An input with several coordinates (weight noise) moves them together: its
 *       indices are those of the group.
 * </ul>
 *
 * <p>Reference: A. Saltelli et al., "Variance based sensitivity analysis of model output. Design and
 * estimator for the total sensitivity index", Computer Physics Communications 181 (2010) 259–270.
 */
public final class Design {
  private final Sampler sampler;
  private final long seed;
  private final double[][] points;
  private final int baseSize;
  private final int inputs;

  private Design(Sampler sampler, long seed, double[][] points, int baseSize, int inputs) {
    this.sampler = sampler;
    this.seed = seed;
    this.points = points;
    this.baseSize = baseSize;
    this.inputs = inputs;
  }

  /** Returns {@code runs} points of {@code dimensions} coordinates. */
  public static Design uncertainty(Sampler sampler, int runs, int dimensions, long seed) {
    Objects.requireNonNull(sampler, "sampler");
    if (runs < 1) {
      throw new IllegalArgumentException("an uncertainty analysis needs at least one run, got " + runs);
    }
    return new Design(sampler, seed, sampler.points(runs, dimensions, seed), 0, 0);
  }

  /**
   * Returns the Saltelli design for inputs of the given numbers of coordinates.
   *
   * @throws IllegalArgumentException for N &lt; 2 or fewer than two inputs
   */
  public static Design saltelli(Sampler sampler, int n, int[] dimensionsByInput, long seed) {
    Objects.requireNonNull(sampler, "sampler");
    if (n < 2) {
      throw new IllegalArgumentException("a sensitivity analysis needs N >= 2, got " + n);
    }
    int d = dimensionsByInput.length;
    if (d < 2) {
      throw new IllegalArgumentException("a sensitivity analysis needs at least two uncertain inputs, got " + d
          + "; with one, run an uncertainty analysis");
    }
    int dims = 0;
    for (int k : dimensionsByInput) {
      dims += k;
    }
    double[][] base = sampler.points(n, 2 * dims, seed);
    double[][] points = new double[n * (d + 2)][];
    for (int j = 0; j < n; j++) {
      points[j] = java.util.Arrays.copyOfRange(base[j], 0, dims);
      points[n + j] = java.util.Arrays.copyOfRange(base[j], dims, 2 * dims);
    }
    int offset = 0;
    for (int i = 0; i < d; i++) {
      for (int j = 0; j < n; j++) {
        double[] p = points[j].clone();
        System.arraycopy(points[n + j], offset, p, offset, dimensionsByInput[i]);
        points[(2 + i) * n + j] = p;
      }
      offset += dimensionsByInput[i];
    }
    return new Design(sampler, seed, points, n, d);
  }

  public Sampler sampler() {
    return sampler;
  }

  public long seed() {
    return seed;
  }

  public int runs() {
    return points.length;
  }

  /** Returns N of a Saltelli design, 0 for an uncertainty design. */
  public int baseSize() {
    return baseSize;
  }

  /** Returns the point of a run (a copy). */
  public double[] point(int run) {
    return points[run].clone();
  }

  /**
   * Returns the block of a run in a Saltelli design: {@code A}, {@code B}, or {@code AB1}…
   * ({@code A} with input 1's coordinates from B); empty for an uncertainty design.
   */
  public String block(int run) {
    if (baseSize == 0) {
      return "";
    }
    int b = run / baseSize;
    return b == 0 ? "A" : b == 1 ? "B" : "AB" + (b - 1);
  }

  /** Returns the number of inputs of a Saltelli design (d), 0 for an uncertainty design. */
  public int inputs() {
    return inputs;
  }
}
