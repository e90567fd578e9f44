package org.ipindex.core.analysis;

import java.util.List;
import java.util.Objects;

/**
 * What a robustness analysis is asked to do, as a spec file says it: the uncertain inputs, the
 * numbers of runs, the sampler and its seed, the analysed node and years, bootstrap replicates and
 * the audit's thresholds.
 *
 * @param inputs the uncertain inputs (copied)
 * @param runs the number of runs of an uncertainty analysis
 * @param samples N, the base sample size of a sensitivity analysis (N·(d + 2) runs)
 * @param sampler how points are drawn
 * @param seed the seed of the random draws (Monte Carlo points, bootstrap)
 * @param target the analysed node, or null for the index
 * @param years the analysed data years, ascending; empty for the evaluated year only (copied)
 * @param allYears whether every year of the data up to the evaluated year is analysed
 * @param bootstrap bootstrap replicates for the intervals of the Sobol indices
 * @param audit the audit's thresholds
 */
public record AnalysisSpec(List<UncertainInput> inputs, int runs, int samples, Sampler sampler, long seed,
    String target,
    List<Integer> years, boolean allYears, int bootstrap, AuditSettings audit) {
  /** Runs of an uncertainty analysis when none are asked for. */
  public static final int DEFAULT_RUNS = 1000;
  /** N of a sensitivity analysis when none is asked for. */
  public static final int DEFAULT_SAMPLES = 250;
  /** The seed when none is given. */
  public static final long DEFAULT_SEED = 1;

  public AnalysisSpec {
    inputs = List.copyOf(inputs);
    years = List.copyOf(years);
    Objects.requireNonNull(sampler, "sampler");
    Objects.requireNonNull(audit, "audit");
    if (runs < 1 || samples < 2 || bootstrap < 0) {
      throw new IllegalArgumentException("runs must be >= 1, samples >= 2 and bootstrap >= 0, got %d, %d and %d"
          .formatted(runs, samples, bootstrap));
    }
    if (allYears && !years.isEmpty()) {
      throw new IllegalArgumentException("give either all years or a list of years, not both");
    }
  }

  /** Returns the spec of an audit alone: no inputs, the defaults. */
  public static AnalysisSpec defaults() {
    return new AnalysisSpec(List.of(), DEFAULT_RUNS, DEFAULT_SAMPLES, Sampler.MONTE_CARLO, DEFAULT_SEED, null,
        List.of(),
        false, SensitivityAnalysis.DEFAULT_BOOTSTRAP, AuditSettings.DEFAULT);
  }
}
