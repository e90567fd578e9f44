package org.ipindex.report.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipindex.report.model.Cell;
import org.ipindex.report.model.Table;

/**
 * The notes on the cells of one table, each distinct text once, marked a, b, c … in order of first
 * appearance; every renderer prints the marks on the cells and the notes under the table.
 */
final class CellNotes {
  private final Map<String, String> marks = new LinkedHashMap<>();

  CellNotes(Table table) {
    for (List<Cell> row : table.rows()) {
      for (Cell c : row) {
        if (!c.note().isEmpty() && !marks.containsKey(c.note())) {
          marks.put(c.note(), mark(marks.size()));
        }
      }
    }
  }

  private static String mark(int i) {
    return i < 26 ? String.valueOf((char) ('a' + i)) : "n" + (i + 1);
  }

  /** Returns the mark of a cell's note, or "" when it has none. */
  String mark(Cell c) {
    return c.note().isEmpty() ? "" : marks.get(c.note());
  }

  /** Returns the notes as "a 文本", in order. */
  List<String> lines() {
    List<String> out = new ArrayList<>();
    marks.forEach((text, mark) -> out.add(mark + " " + text));
    return out;
  }

  /** Returns whether a column holds numbers (to align it right). */
  static boolean numeric(Table t, int column) {
    for (List<Cell> row : t.rows()) {
      if (row.get(column).isNumber()) {
        return true;
      }
    }
    return false;
  }
}
