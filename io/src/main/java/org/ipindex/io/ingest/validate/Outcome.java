package org.ipindex.io.ingest.validate;

import java.util.List;
import java.util.Objects;
import org.ipindex.io.ingest.Problems;

/**
 * What validating one file found and decided.
 *
 * @param file the file name
 * @param read how many values were read (staged)
 * @param rows the values resolved and converted (all of them when the file is stored)
 * @param problems every error and warning, parse issues included
 * @param missing how many cells held no value
 * @param skipped what a layout skipped on purpose, one line each
 * @param options the options it was checked with
 */
public record Outcome(String file, int read, ValidRows rows, Problems problems, int missing, List<String> skipped,
    ValidationOptions options) {
  public Outcome {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(problems, "problems");
    skipped = List.copyOf(skipped);
    Objects.requireNonNull(options, "options");
  }

  /** What happens to the file. */
  public enum Decision {
    /** Every value is stored. */
    STORE,
    /** Nothing is stored until the warnings are accepted ({@code --accept-warnings}). */
    NEEDS_ACCEPTANCE,
    /** Nothing is stored: there are errors. */
    REJECT
  }

  public Decision decision() {
    if (problems.hasErrors()) {
      return Decision.REJECT;
    }
    return problems.hasWarnings() && !options.acceptWarnings() ? Decision.NEEDS_ACCEPTANCE : Decision.STORE;
  }

  /** Returns how many values would be stored with this change (0 for all when the file is not stored). */
  public int count(Change change) {
    return rows.count(change);
  }

  /** Returns how many values are not stored: all read unless the decision is {@link Decision#STORE}. */
  public int rejected() {
    return decision() == Decision.STORE ? 0 : read;
  }
}
