package org.ipindex.report.source;

import java.util.Objects;
import org.ipindex.app.Evaluation;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Node;
import org.ipindex.core.model.Panel;
import org.ipindex.core.result.Results;
import org.ipindex.store.Release;

/**
 * A release and its evaluation, recomputed from what the release froze and checked bit for bit
 * against its stored results ({@code ReleaseService.reproduce}).
 *
 * @param release the release
 * @param evaluation the evaluation: build (raw values and flags), results, recipe, coverage
 */
public record IndexRelease(Release release, Evaluation evaluation) {
  public IndexRelease {
    Objects.requireNonNull(release, "release");
    Objects.requireNonNull(evaluation, "evaluation");
  }

  public Results results() {
    return evaluation.results();
  }

  public Framework framework() {
    return evaluation.results().framework();
  }

  public Node root() {
    return framework().root();
  }

  public int dataYear() {
    return evaluation.dataYear();
  }

  public int evaluationYear() {
    return evaluation.evaluationYear();
  }

  /** Returns the evaluation year of a data year. */
  public int evaluationYear(int dataYear) {
    return dataYear + evaluation.recipe().evaluationYearOffset();
  }

  /** Returns the raw (not imputed) values of the indicators. */
  public Panel raw() {
    return evaluation.build().dataset("raw");
  }

  /** Returns whether the release evaluates one unit over time (the national index) rather than many units. */
  public boolean singleUnit() {
    return results().units().size() == 1;
  }

  /** Returns whether the results hold the year before {@code year}. */
  public boolean hasYear(int year) {
    return results().scores().yearIndex(year) >= 0;
  }
}
