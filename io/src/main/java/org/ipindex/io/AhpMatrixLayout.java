package org.ipindex.io;

import java.util.ArrayList;
import java.util.List;
import org.ipindex.core.model.ProblemCode;

/**
 * Reads an AHP pairwise-comparison matrix from CSV: a header row of codes (its first cell is a
 * label and ignored), then one row per code with the code first, in the same order as the header.
 * Cells are positive numbers or fractions such as {@code 1/3}.
 */
final class AhpMatrixLayout {
  /**
   * The matrix as recipe parameters.
   *
   * @param order the codes, in header order
   * @param matrix one row per code, each a list of numbers
   */
  record Matrix(List<String> order, List<List<Double>> matrix) {}

  private AhpMatrixLayout() {}

  /** Returns the matrix, or null after recording problems. */
  static Matrix parse(CsvTable table, Problems problems) {
    List<String> order = table.header().subList(1, table.header().size());
    if (order.isEmpty()) {
      problems.add(ProblemCode.INCONSISTENT_MATRIX, problems.fileName() + " row 1",
          "the header has no codes; write a first cell (e.g. 'code') then one column per compared node");
      return null;
    }
    if (table.rows().size() != order.size()) {
      problems.add(ProblemCode.INCONSISTENT_MATRIX, problems.fileName(),
          "the matrix has %d columns of codes %s but %d rows; it must be square, one row per code"
              .formatted(order.size(), order, table.rows().size()));
    }
    List<List<Double>> matrix = new ArrayList<>();
    for (int i = 0; i < table.rows().size(); i++) {
      CsvTable.Row row = table.rows().get(i);
      String code = row.cell(0);
      if (i < order.size() && !code.equals(order.get(i))) {
        problems.add(ProblemCode.INCONSISTENT_MATRIX, problems.at(row.number(), table.header().get(0)),
            "row code '%s' should be '%s'; list the rows in the same order as the header %s"
                .formatted(code, order.get(i), order));
      }
      List<Double> values = new ArrayList<>();
      for (int c = 1; c <= order.size(); c++) {
        values.add(entry(row.cell(c), problems, row.number(), table.header().get(c)));
      }
      matrix.add(values);
    }
    return problems.isEmpty() ? new Matrix(List.copyOf(order), List.copyOf(matrix)) : null;
  }

  private static double entry(String cell, Problems problems, int row, String column) {
    int slash = cell.indexOf('/');
    double v;
    if (slash > 0) {
      Problems scratch = new Problems(problems.fileName());
      double a = Cells.number(cell.substring(0, slash), scratch, row, column, "");
      double b = Cells.number(cell.substring(slash + 1), scratch, row, column, "");
      v = scratch.isEmpty() ? a / b : Double.NaN;
    } else {
      v = Cells.isMissing(cell) ? Double.NaN : Cells.number(cell, new Problems(problems.fileName()), row, column, "");
    }
    if (!(v > 0) || !Double.isFinite(v)) {
      problems.add(ProblemCode.INCONSISTENT_MATRIX, problems.at(row, column),
          "'%s' is not a positive number; write how much more important the row's node is than the column's, "
              .formatted(cell)
              + "e.g. 3, 1/3 or 0.2 (1 on the diagonal)");
      return Double.NaN;
    }
    return v;
  }
}
