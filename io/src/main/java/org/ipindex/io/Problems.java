package org.ipindex.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Problem;
import org.ipindex.core.model.ProblemCode;

/** Collects the problems of one file so that a reader can report all of them at once. */
final class Problems {
  private static final Pattern ROW = Pattern.compile(" row (\\d{1,9})\\b");
  private final String fileName;
  private final List<Problem> found = new ArrayList<>();

  Problems(String fileName) {
    this.fileName = fileName;
  }

  String fileName() {
    return fileName;
  }

  /** Returns {@code "file.csv row 7 column value"}; rows count as in a spreadsheet (header = row 1). */
  String at(int row, String column) {
    return "%s row %d column %s".formatted(fileName, row, column);
  }

  /** Returns {@code "file.csv row 7"}. */
  String at(int row) {
    return "%s row %d".formatted(fileName, row);
  }

  void add(ProblemCode code, String where, String message) {
    found.add(new Problem(code, where, message));
  }

  void add(Problem problem) {
    found.add(problem);
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  List<Problem> list() {
    return List.copyOf(found);
  }

  /**
   * Throws one {@link DataException} with every problem found so far, if there is any: problems
   * without a row of this file first, then by row (keeping the order found within a row).
   */
  void throwIfAny() {
    if (!found.isEmpty()) {
      List<Problem> sorted = new ArrayList<>(found);
      sorted.sort(Comparator.comparingInt(this::row));
      throw new DataException(sorted);
    }
  }

  private int row(Problem p) {
    Matcher m = ROW.matcher(p.where());
    return p.where().startsWith(fileName + " row ") && m.find(fileName.length())
        ? Integer.parseInt(m.group(1)) : 0;
  }
}
