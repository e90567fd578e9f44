package org.ipindex.io.ingest;

import java.util.Objects;

/**
 * Where a value was read: file, sheet (XLSX; "" for CSV), row as a spreadsheet shows it (the first
 * line is row 1) and column (a header name, or a letter with the header, e.g. {@code F (2024年 发明)}).
 *
 * @param file the file name as given to the reader
 * @param sheet the sheet name, "" for a CSV file
 * @param row the row, from 1; 0 for the file as a whole
 * @param column the column, "" for the row as a whole
 */
public record Location(String file, String sheet, int row, String column) {
  public Location {
    Objects.requireNonNull(file, "file");
    sheet = sheet == null ? "" : sheet;
    column = column == null ? "" : column;
  }

  /** Returns the location of a whole file. */
  public static Location of(String file) {
    return new Location(file, "", 0, "");
  }

  /** Returns e.g. {@code "report.xlsx, sheet 表5, row 7, column F (2024年 发明)"}. */
  public String describe() {
    StringBuilder b = new StringBuilder(file);
    if (!sheet.isEmpty()) {
      b.append(", sheet ").append(sheet);
    }
    if (row > 0) {
      b.append(", row ").append(row);
    }
    if (!column.isEmpty()) {
      b.append(", column ").append(column);
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return describe();
  }
}
