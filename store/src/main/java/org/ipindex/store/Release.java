package org.ipindex.store;

import java.time.Instant;
import java.util.List;

/**
 * A frozen evaluation: the data as of a moment, the framework and the recipe, and the results.
 *
 * @param name unique name, e.g. {@code regional-2024}
 * @param evaluationYear the evaluation year
 * @param dataYear the data year evaluated
 * @param asOf the moment the data are read as of
 * @param createdAt when the release was stored
 * @param createdBy who created it
 * @param frameworkName the framework's name (e.g. {@code regional}, or a file name)
 * @param frameworkText the framework file's text, as it was
 * @param recipeName the recipe's name (e.g. {@code regional}, or a file name)
 * @param recipeText the recipe file's text, as it was
 * @param measures the measures read from the store (the panel's series)
 * @param regions the region codes read from the store (the panel's units)
 * @param rowCount how many result rows are stored
 * @param contentSha256 SHA-256 of everything above and every result row, checked whenever the release is read
 */
public record Release(String name, int evaluationYear, int dataYear, Instant asOf, Instant createdAt, String createdBy,
    String frameworkName, String frameworkText, String recipeName, String recipeText, List<String> measures,
    List<String> regions, int rowCount, String contentSha256) {
  public Release {
    measures = List.copyOf(measures);
    regions = List.copyOf(regions);
  }
}
