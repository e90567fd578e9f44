package org.ipindex.io;

import java.util.List;
import java.util.Locale;
import org.ipindex.core.model.ProblemCode;

/** Checks the header of a CSV layout: no column outside the layout, every required column present. */
final class Columns {
  private Columns() {}

  /**
   * Adds an UNKNOWN_COLUMN problem per column not in {@code allowed} (with a spelling suggestion)
   * and a MISSING_COLUMN problem per required column not in the header.
   *
   * @return whether every required column is present
   */
  static boolean check(CsvTable table, Problems problems, List<String> allowed, List<String> required,
      String layout) {
    for (String column : table.header()) {
      if (!allowed.contains(column.toLowerCase(Locale.ROOT))) {
        problems.add(ProblemCode.UNKNOWN_COLUMN, problems.fileName() + " row 1 column " + column,
            "column '%s' is not part of the %s%s; rename it to one of %s or delete it"
                .formatted(column, layout, Spelling.suggest(column, allowed), allowed));
      }
    }
    boolean complete = true;
    for (String column : required) {
      if (!table.has(column)) {
        complete = false;
        problems.add(ProblemCode.MISSING_COLUMN, problems.fileName() + " row 1",
            "required column '%s' is missing (found %s); the %s needs %s".formatted(column, table.header(), layout,
                required));
      }
    }
    return complete;
  }
}
