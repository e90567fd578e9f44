package org.ipindex.io.ingest.layout;

import java.util.List;

/**
 * One sheet of cells as text, from a CSV file or an XLSX sheet: non-blank rows with their
 * spreadsheet row numbers. Numbers in XLSX cells are written as the shortest decimal that reads
 * back to the same double, so {@link org.ipindex.io.ingest.Notation} reads them exactly.
 *
 * @param file the file name
 * @param sheet the sheet name, "" for CSV
 * @param rows the non-blank rows, in order
 */
public record Grid(String file, String sheet, List<Row> rows) {
  public Grid {
    rows = List.copyOf(rows);
  }

  /** One row: its number (from 1) and its cells, trimmed. */
  public record Row(int number, List<String> cells) {
    public Row {
      cells = List.copyOf(cells);
    }

    /** Returns the cell at a 0-based column, "" past the end. */
    public String cell(int column) {
      return column < 0 || column >= cells.size() ? "" : cells.get(column);
    }

    /** Returns whether every cell from {@code column} on is empty. */
    public boolean blankFrom(int column) {
      for (int c = column; c < cells.size(); c++) {
        if (!cells.get(c).isEmpty()) {
          return false;
        }
      }
      return true;
    }
  }

  /** Returns the spreadsheet letter of a 0-based column: 0 → A, 25 → Z, 26 → AA. */
  public static String letter(int column) {
    StringBuilder b = new StringBuilder();
    int c = column + 1;
    while (c > 0) {
      int r = (c - 1) % 26;
      b.insert(0, (char) ('A' + r));
      c = (c - 1) / 26;
    }
    return b.toString();
  }

  /** Returns the 0-based column of a letter such as {@code C} or {@code AA}, or −1 if it is not one. */
  public static int column(String letters) {
    if (!letters.matches("[A-Z]{1,3}")) {
      return -1;
    }
    int c = 0;
    for (char ch : letters.toCharArray()) {
      c = c * 26 + (ch - 'A' + 1);
    }
    return c - 1;
  }
}
