package org.ipindex.core.analysis;

import java.util.List;

/**
 * The result of a sensitivity analysis.
 *
 * @param experiment what was run
 * @param design the Saltelli design
 * @param outcomes the outcome of every run, by run index
 * @param outputs the mean absolute rank change of every run (a copy is kept and returned)
 * @param indices the Sobol indices of the mean absolute rank change, per input, with bootstrap intervals
 * @param byUnit the Sobol indices of each unit's rank, per unit, year and input
 * @param statistics rank statistics over the runs of A and B
 */
public record SensitivityResult(Experiment experiment, Design design, List<RunOutcome> outcomes, double[] outputs,
    SobolIndices.Estimate indices, List<UnitIndex> byUnit, List<RankStatistics> statistics) {
  public SensitivityResult {
    outcomes = List.copyOf(outcomes);
    outputs = outputs.clone();
    byUnit = List.copyOf(byUnit);
    statistics = List.copyOf(statistics);
  }

  @Override
  public double[] outputs() {
    return outputs.clone();
  }

  /** Returns the label of each input's value in a run. */
  public List<String> labels(int run) {
    return experiment.labels(design.point(run));
  }

  /**
   * The Sobol indices of one unit's rank for one input (NaN where the rank never changes).
   *
   * @param unitCode the unit
   * @param year the data year
   * @param input the input's name
   * @param first S_i
   * @param total ST_i
   */
  public record UnitIndex(String unitCode, int year, String input, double first, double total) {}
}
