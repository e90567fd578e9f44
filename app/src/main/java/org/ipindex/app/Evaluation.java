package org.ipindex.app;

import java.util.List;
import org.ipindex.core.build.Build;
import org.ipindex.core.build.Recipe;
import org.ipindex.core.result.CoverageReport;
import org.ipindex.core.result.GroupStatistics.GroupStat;
import org.ipindex.core.result.Results;

/**
 * An evaluation done: the build (every dataset and the log), its results, and what a reader needs
 * next to the numbers.
 *
 * @param build the build, replayable from {@code recipe}
 * @param results scores, ranks, changes and coverage
 * @param recipe the recipe applied
 * @param dataYear the data year evaluated
 * @param evaluationYear the evaluation year (data year + the recipe's offset)
 * @param coverage the coverage of the evaluated year
 * @param groupBy the grouping of {@code groups}, or null
 * @param groups statistics of the index per group, empty without a grouping
 * @param notes what the analyst should know (defaults used, files read, units renamed…)
 */
public record Evaluation(
    Build build, Results results, Recipe recipe, int dataYear, int evaluationYear, CoverageReport coverage,
    String groupBy, List<GroupStat> groups, List<String> notes) {
  public Evaluation {
    groups = List.copyOf(groups);
    notes = List.copyOf(notes);
  }
}
