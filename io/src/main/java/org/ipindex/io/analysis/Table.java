package org.ipindex.io.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A named table of results: columns and rows of cells, each a String, a Number (NaN = missing) or
 * null (missing). The form every analysis result takes before it is written as CSV, JSON or XLSX.
 *
 * @param name the table's name, e.g. {@code rank_statistics} (also the sheet and file suffix)
 * @param columns the column names
 * @param rows the rows, each as long as {@code columns} (copied)
 */
public record Table(String name, List<String> columns, List<List<Object>> rows) {
  public Table {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    List<List<Object>> copy = new ArrayList<>(rows.size());
    for (List<Object> r : rows) {
      if (r.size() != columns.size()) {
        throw new IllegalArgumentException("table %s: a row of %d cells for %d columns".formatted(name, r.size(),
            columns.size()));
      }
      copy.add(Collections.unmodifiableList(new ArrayList<>(r)));
    }
    rows = Collections.unmodifiableList(copy);
  }

  /** Returns whether a cell is missing (null or NaN). */
  public static boolean missing(Object cell) {
    return cell == null || (cell instanceof Double d && d.isNaN()) || (cell instanceof Float f && f.isNaN());
  }
}
