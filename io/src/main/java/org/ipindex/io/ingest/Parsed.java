package org.ipindex.io.ingest;

import java.util.List;
import java.util.Objects;

/**
 * What a layout read from one file: the values, the issues found while reading (bad numbers, bad
 * years, missing columns …), how many cells held a missing-value marker and what was skipped.
 *
 * @param file the file name used in messages
 * @param rows the values read
 * @param issues the issues found while reading, in file order
 * @param missing how many value cells were blank or a missing-value marker (nothing is stored for them)
 * @param skipped what was read but deliberately not staged, one line each (e.g. country rows of a
 *     foreign-applicants table), for the dry-run report
 */
public record Parsed(String file, StagedRows rows, List<Issue> issues, int missing, List<String> skipped) {
  public Parsed {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(rows, "rows");
    issues = List.copyOf(issues);
    skipped = List.copyOf(skipped);
  }
}
