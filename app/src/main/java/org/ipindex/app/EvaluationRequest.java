package org.ipindex.app;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What an analyst asks to evaluate.
 *
 * @param framework {@code national}, {@code regional}, or a framework file (ours or COINr's iMeta)
 * @param data a data file (long CSV or COINr iData), or null for the bundled data of an official
 *     evaluation
 * @param recipe a recipe file (YAML or JSON), or null for the official recipe (or, for another
 *     framework, the plain default: min-max 0–100 per year, framework weights, arithmetic mean)
 * @param evaluationYear the evaluation year, or null for the latest year with data
 * @param groupBy a grouping for group statistics ({@code area}, {@code strategic_region}, or a
 *     grouping column of the data), or null for none
 */
public record EvaluationRequest(String framework, Path data, Path recipe, Integer evaluationYear, String groupBy) {
  public EvaluationRequest {
    Objects.requireNonNull(framework, "framework");
  }

  /** Returns a request for an official evaluation on its bundled data and recipe. */
  public static EvaluationRequest official(String name) {
    return new EvaluationRequest(name, null, null, null, null);
  }
}
