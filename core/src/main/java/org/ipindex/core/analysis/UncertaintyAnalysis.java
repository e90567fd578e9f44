package org.ipindex.core.analysis;

import java.util.List;
import java.util.Objects;

/**
 * Monte Carlo uncertainty analysis: the experiment run at every point of an uncertainty design
 * (plain Monte Carlo or a Sobol sequence), summarised per unit as the nominal rank, the mean and
 * median rank and the 5th–95th percentile rank interval.
 *
 * <pre>{@code
 * UncertaintyAnalysis ua = UncertaintyAnalysis.of(experiment, Sampler.SOBOL, 10_000, 42);
 * UncertaintyResult result = ua.summarise(Runs.sequentially(ua));   // or on many threads, by index
 * }</pre>
 *
 * <p>Reference: M. Saisana, A. Saltelli and S. Tarantola, "Uncertainty and sensitivity analysis
 * techniques as tools for the quality assessment of composite indicators", J. R. Statist. Soc. A
 * 168 (2005) 307–323; OECD/JRC Handbook on Constructing Composite Indicators (2008), step 7.
 */
public final class UncertaintyAnalysis implements Runs<RunOutcome> {
  private final Experiment experiment;
  private final Design design;

  private UncertaintyAnalysis(Experiment experiment, Design design) {
    this.experiment = experiment;
    this.design = design;
  }

  /**
   * Returns the analysis of {@code runs} runs drawn by {@code sampler}.
   *
   * @throws IllegalArgumentException if the experiment has no uncertain input or runs &lt; 1
   */
  public static UncertaintyAnalysis of(Experiment experiment, Sampler sampler, int runs, long seed) {
    Objects.requireNonNull(experiment, "experiment");
    if (experiment.dimensions() == 0) {
      throw new IllegalArgumentException("an uncertainty analysis needs at least one uncertain input");
    }
    return new UncertaintyAnalysis(experiment, Design.uncertainty(sampler, runs, experiment.dimensions(), seed));
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

  /**
   * Returns the result of the runs.
   *
   * @param outcomes the outcome of every run, by run index
   */
  public UncertaintyResult summarise(List<RunOutcome> outcomes) {
    if (outcomes.size() != count()) {
      throw new IllegalArgumentException("%d outcomes for %d runs".formatted(outcomes.size(), count()));
    }
    return new UncertaintyResult(experiment, design, outcomes,
        RankStatistics.of(experiment, experiment.nominal(), outcomes));
  }
}
