package org.ipindex.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What {@link Releases#create} stores.
 *
 * @param name unique name (letters, digits, {@code . _ -})
 * @param evaluationYear the evaluation year
 * @param dataYear the data year evaluated
 * @param asOf the moment the data were read as of: an instant the store handed out ({@link Store#nextInstant()})
 * @param createdBy who creates it
 * @param frameworkName the framework's name
 * @param frameworkText the framework file's text
 * @param recipeName the recipe's name
 * @param recipeText the recipe file's text
 * @param measures the measures read
 * @param regions the region codes read
 * @param rows the results
 */
public record NewRelease(String name, int evaluationYear, int dataYear, Instant asOf, String createdBy,
    String frameworkName, String frameworkText, String recipeName, String recipeText, List<String> measures,
    List<String> regions, List<ReleaseRow> rows) {
  public NewRelease {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(frameworkText, "frameworkText");
    Objects.requireNonNull(recipeText, "recipeText");
    measures = List.copyOf(measures);
    regions = List.copyOf(regions);
    rows = List.copyOf(rows);
    if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
      throw new IllegalArgumentException(
          "release name '%s': use letters, digits, '.', '_' and '-' (up to 100), starting with a letter or digit"
              .formatted(name));
    }
  }
}
