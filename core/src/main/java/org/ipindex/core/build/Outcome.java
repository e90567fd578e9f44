package org.ipindex.core.build;

import java.util.List;
import org.ipindex.core.model.Panel;

/**
 * What a step adds to a build.
 *
 * @param dataset the dataset it made, or null (a weighting step makes none)
 * @param coverage for aggregation: per node, the share of its weight that was observed; else null
 * @param weights for aggregation: the weights used; else null
 * @param plan for a weighting step: the plan the next aggregation follows; else null
 * @param notes what a reader of the log should know, e.g. "12 values carried forward"
 */
public record Outcome(Panel dataset, Panel coverage, Weights weights, WeightPlan plan, List<String> notes) {
  public Outcome {
    notes = List.copyOf(notes);
  }

  public static Outcome dataset(Panel dataset, List<String> notes) {
    return new Outcome(dataset, null, null, null, notes);
  }
}
