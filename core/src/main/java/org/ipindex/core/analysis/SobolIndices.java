package org.ipindex.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ipindex.core.stat.Stats;

/**
 * First- and total-order Sobol indices from the outputs of a Saltelli design ({@link Design#saltelli}),
 * with the estimators COINr's {@code SA_estimate} uses:
 *
 * <pre>
 *   y = (y_A[1..N], y_B[1..N], y_AB1[1..N], …, y_ABd[1..N])
 *   V    = var(y_A ∪ y_B)                              sample variance (denominator 2N − 1)
 *   S_i  = mean(y_B · (y_ABi − y_A)) / V               Saltelli et al. (2010), table 2 (b)
 *   ST_i = Σ (y_A − y_ABi)² / (2N · V)                  Jansen (1999)
 * </pre>
 *
 * <p>Bootstrap intervals as COINr draws them: per replicate and per input, the N terms
 * {@code y_B·(y_ABi − y_A)} (for S_i) and, separately, the N terms {@code y_A − y_ABi} (for ST_i) are
 * resampled with replacement and the estimator recomputed with V fixed; the interval is the
 * 5th–95th percentile (R's type 7) of the replicates. Draws come from {@link SplittableRandom} seeded
 * with the given seed. A NaN output, or V = 0 (the output never changes), gives NaN indices.
 *
 * <p>References: A. Saltelli et al., Computer Physics Communications 181 (2010) 259–270;
 * M. J. W. Jansen, "Analysis of variance designs for model output", Computer Physics Communications
 * 117 (1999) 35–43; COINr 1.1.14 {@code R/sensitivity.R}.
 */
public final class SobolIndices {
  private SobolIndices() {}

  /**
   * The indices of one input.
   *
   * @param first the first-order index S_i
   * @param total the total-order index ST_i
   * @param firstLow the 5th percentile of the bootstrapped S_i (NaN without bootstrap)
   * @param firstHigh the 95th percentile of the bootstrapped S_i
   * @param totalLow the 5th percentile of the bootstrapped ST_i
   * @param totalHigh the 95th percentile of the bootstrapped ST_i
   */
  public record Index(double first, double total, double firstLow, double firstHigh, double totalLow,
      double totalHigh) {}

  /**
   * The indices of every input, and the output variance V.
   *
   * @param variance V
   * @param indices one per input, in input order
   */
  public record Estimate(double variance, List<Index> indices) {
    public Estimate {
      indices = List.copyOf(indices);
    }
  }

  /**
   * Returns the indices without bootstrap intervals.
   *
   * @throws IllegalArgumentException if {@code y} does not hold N·(d + 2) outputs
   */
  public static Estimate estimate(double[] y, int n, int d) {
    return estimate(y, n, d, 0, 0);
  }

  /**
   * Returns the indices with bootstrap intervals from {@code replicates} replicates (none for 0).
   *
   * @throws IllegalArgumentException if {@code y} does not hold N·(d + 2) outputs
   */
  public static Estimate estimate(double[] y, int n, int d, int replicates, long seed) {
    if (n < 2 || d < 1 || y.length != (long) n * (d + 2)) {
      throw new IllegalArgumentException("a Saltelli design of N = %d and d = %d has %d outputs, got %d"
          .formatted(n, d, (long) n * (d + 2), y.length));
    }
    if (replicates < 0) {
      throw new IllegalArgumentException("bootstrap replicates must be >= 0, got " + replicates);
    }
    double[] a = java.util.Arrays.copyOfRange(y, 0, n);
    double[] b = java.util.Arrays.copyOfRange(y, n, 2 * n);
    double v = anyNaN(y) ? Double.NaN : Stats.variance(java.util.Arrays.copyOf(y, 2 * n));
    double[][] firstTerms = new double[d][n];
    double[][] totalTerms = new double[d][n];
    for (int i = 0; i < d; i++) {
      for (int j = 0; j < n; j++) {
        double ab = y[(2 + i) * n + j];
        firstTerms[i][j] = b[j] * (ab - a[j]);
        totalTerms[i][j] = a[j] - ab;
      }
    }
    double[][] firstBoot = new double[d][replicates];
    double[][] totalBoot = new double[d][replicates];
    if (replicates > 0) {
      SplittableRandom random = new SplittableRandom(seed);
      double[] sample = new double[n];
      for (int r = 0; r < replicates; r++) {
        for (int i = 0; i < d; i++) {
          resample(firstTerms[i], sample, random);
          firstBoot[i][r] = first(sample, v);
        }
        for (int i = 0; i < d; i++) {
          resample(totalTerms[i], sample, random);
          totalBoot[i][r] = total(sample, n, v);
        }
      }
    }
    List<Index> out = new ArrayList<>(d);
    for (int i = 0; i < d; i++) {
      out.add(new Index(first(firstTerms[i], v), total(totalTerms[i], n, v),
          quantile(firstBoot[i], RankStatistics.LOW), quantile(firstBoot[i], RankStatistics.HIGH),
          quantile(totalBoot[i], RankStatistics.LOW), quantile(totalBoot[i], RankStatistics.HIGH)));
    }
    return new Estimate(v, out);
  }

  private static double first(double[] terms, double v) {
    return usable(v) ? Stats.mean(terms) / v : Double.NaN;
  }

  private static double total(double[] differences, int n, double v) {
    if (!usable(v)) {
      return Double.NaN;
    }
    double s = 0;
    for (double x : differences) {
      s += x * x;
    }
    return s / (2.0 * n * v);
  }

  private static boolean usable(double v) {
    return v > 0 && Double.isFinite(v);
  }

  private static void resample(double[] from, double[] to, SplittableRandom random) {
    for (int j = 0; j < to.length; j++) {
      to[j] = from[random.nextInt(from.length)];
    }
  }

  private static double quantile(double[] replicates, double p) {
    return replicates.length == 0 ? Double.NaN : Stats.quantile(replicates, p);
  }

  private static boolean anyNaN(double[] y) {
    for (double x : y) {
      if (Double.isNaN(x)) {
        return true;
      }
    }
    return false;
  }
}
