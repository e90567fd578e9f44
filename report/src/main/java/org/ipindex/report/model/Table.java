package org.ipindex.report.model;

import java.util.List;
import java.util.Objects;

/**
 * A table: real rows and columns in every format (never a picture of a table).
 *
 * @param id a short stable id, e.g. {@code T3-1}, used for the spreadsheet's sheet name and links
 * @param caption the caption, e.g. "表3-1 各省份地区知识产权发展指数"
 * @param columns the columns
 * @param rows the rows, each with one cell per column
 * @param notes notes printed under the table
 */
public record Table(String id, String caption, List<Column> columns, List<List<Cell>> rows, List<String> notes)
    implements Block {
  public Table {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(caption, "caption");
    columns = List.copyOf(columns);
    rows = rows.stream().map(List::copyOf).toList();
    notes = List.copyOf(notes);
    for (List<Cell> r : rows) {
      if (r.size() != columns.size()) {
        throw new IllegalArgumentException("table %s: a row has %d cells for %d columns".formatted(id, r.size(),
            columns.size()));
      }
    }
  }
}
