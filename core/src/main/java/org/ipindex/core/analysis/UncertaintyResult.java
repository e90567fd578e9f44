package org.ipindex.core.analysis;

import java.util.List;

/**
 * The result of an uncertainty analysis: the design, every run's outcome and the rank statistics of
 * every unit in every analysed year.
 *
 * @param experiment what was run
 * @param design the points run
 * @param outcomes the outcome of every run, by run index
 * @param statistics the rank statistics per unit and year, in experiment order (years, then units)
 */
public record UncertaintyResult(Experiment experiment, Design design, List<RunOutcome> outcomes,
    List<RankStatistics> statistics) {
  public UncertaintyResult {
    outcomes = List.copyOf(outcomes);
    statistics = List.copyOf(statistics);
  }

  /** Returns the label of each input's value in a run. */
  public List<String> labels(int run) {
    return experiment.labels(design.point(run));
  }
}
