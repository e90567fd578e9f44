package org.ipindex.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Variance-based sensitivity analysis: the experiment run at the N·(d + 2) points of a Saltelli
 * design ({@link Design#saltelli}), with first- and total-order Sobol indices ({@link SobolIndices})
 * of the mean absolute rank change against the nominal ranks (COINr's output), with bootstrap
 * intervals, and per unit, of the unit's rank (point estimates, without intervals). Rank statistics
 * are those of the runs of A and B (the random part of the design), as COINr reports them.
 *
 * <p>Reference: M. Saisana, A. Saltelli and S. Tarantola, J. R. Statist. Soc. A 168 (2005) 307–323.
 */
public final class SensitivityAnalysis implements Runs<RunOutcome> {
  /** Bootstrap replicates when none are asked for. */
  public static final int DEFAULT_BOOTSTRAP = 1000;

  private final Experiment experiment;
  private final Design design;
  private final int bootstrap;

  private SensitivityAnalysis(Experiment experiment, Design design, int bootstrap) {
    this.experiment = experiment;
    this.design = design;
    this.bootstrap = bootstrap;
  }

  /**
   * Returns the analysis with base sample size {@code n}: N·(d + 2) runs for d inputs.
   *
   * @param bootstrap bootstrap replicates for the intervals (0 for none); the bootstrap draws are
   *     seeded from {@code seed}
   * @throws IllegalArgumentException for fewer than two inputs, N &lt; 2, or negative replicates
   */
  public static SensitivityAnalysis of(Experiment experiment, Sampler sampler, int n, long seed, int bootstrap) {
    Objects.requireNonNull(experiment, "experiment");
    if (bootstrap < 0) {
      throw new IllegalArgumentException("bootstrap replicates must be >= 0, got " + bootstrap);
    }
    return new SensitivityAnalysis(experiment, Design.saltelli(sampler, n, experiment.dimensionsByInput(), seed),
        bootstrap);
  }

  public Experiment experiment() {
    return experiment;
  }

  public Design design() {
    return design;
  }

  @Override
  public int count() {
    return design.runs();
  }

  @Override
  public RunOutcome run(int index) {
    return experiment.evaluate(design.point(index));
  }

  @Override
  public String describe(int index) {
    return experiment.describe(design.point(index));
  }

  /** Returns the output of every run: the mean absolute rank change against the nominal ranks. */
  public double[] outputs(List<RunOutcome> outcomes) {
    double[] y = new double[outcomes.size()];
    for (int r = 0; r < y.length; r++) {
      y[r] = outcomes.get(r).meanAbsoluteRankChange(experiment.nominal());
    }
    return y;
  }

  /**
   * Returns the result of the runs.
   *
   * @param outcomes the outcome of every run, by run index
   */
  public SensitivityResult summarise(List<RunOutcome> outcomes) {
    if (outcomes.size() != count()) {
      throw new IllegalArgumentException("%d outcomes for %d runs".formatted(outcomes.size(), count()));
    }
    int n = design.baseSize();
    int d = design.inputs();
    double[] y = outputs(outcomes);
    long bootstrapSeed = design.seed() * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
    SobolIndices.Estimate overall = SobolIndices.estimate(y, n, d, bootstrap, bootstrapSeed);
    List<SensitivityResult.UnitIndex> byUnit = new ArrayList<>();
    List<String> units = experiment.units();
    int[] years = experiment.years();
    double[] ranks = new double[y.length];
    for (int yi = 0; yi < years.length; yi++) {
      for (int u = 0; u < units.size(); u++) {
        int cell = yi * units.size() + u;
        for (int r = 0; r < ranks.length; r++) {
          ranks[r] = outcomes.get(r).rank(cell);
        }
        SobolIndices.Estimate e = SobolIndices.estimate(ranks, n, d);
        for (int i = 0; i < d; i++) {
          byUnit.add(new SensitivityResult.UnitIndex(units.get(u), years[yi], experiment.inputs().get(i).name(),
              e.indices().get(i).first(), e.indices().get(i).total()));
        }
      }
    }
    List<RankStatistics> statistics = RankStatistics.of(experiment, experiment.nominal(), outcomes.subList(0, 2 * n));
    return new SensitivityResult(experiment, design, outcomes, y, overall, byUnit, statistics);
  }
}
