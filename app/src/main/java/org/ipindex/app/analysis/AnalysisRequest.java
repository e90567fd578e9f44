package org.ipindex.app.analysis;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What an analyst asks to analyse.
 *
 * @param framework {@code national}, {@code regional}, or a framework file (ours or COINr's iMeta)
 * @param data a data file, or null for the bundled data of an official evaluation
 * @param recipe a recipe file, or null for the official (or default) recipe
 * @param spec the analysis spec file (YAML or JSON), or null (an audit with the default thresholds)
 * @param evaluationYear the evaluation year, or null for the latest year with data
 * @param threads how many runs go at once
 */
public record AnalysisRequest(String framework, Path data, Path recipe, Path spec, Integer evaluationYear,
    int threads) {
  public AnalysisRequest {
    Objects.requireNonNull(framework, "framework");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
  }
}
