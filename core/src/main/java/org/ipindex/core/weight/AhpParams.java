package org.ipindex.core.weight;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipindex.core.build.Params;

/**
 * Reads the parameters of {@link Ahp} from a recipe: {@code matrix} as a list of rows or as a mapping
 * {@code {row: {column: value}}} by child code, values as numbers or fractions such as {@code 1/3};
 * {@code order}; {@code allow_inconsistent}.
 */
final class AhpParams {
  private AhpParams() {}

  static Ahp read(Params p) {
    p.allowOnly(List.of("matrix", "order", "allow_inconsistent"));
    List<String> order = p.strings("order");
    boolean allow = p.bool("allow_inconsistent", false);
    Object m = p.values().get("matrix");
    if (m instanceof Map<?, ?> byCode) {
      Map<String, Object> rows = new LinkedHashMap<>();
      byCode.forEach((k, v) -> rows.put(String.valueOf(k), v));
      List<String> codes = order.isEmpty() ? List.copyOf(rows.keySet()) : order;
      return new Ahp(codes, byCode(p, rows, codes), allow);
    }
    if (m instanceof Collection<?> rows) {
      return new Ahp(order, byRow(p, new ArrayList<>(rows)), allow);
    }
    throw p.bad(("parameter 'matrix' must give the pairwise comparisons, as a list of rows "
        + "([[1, 3], [1/3, 1]]) or by child code ({A: {A: 1, B: 3}, B: {A: 1/3, B: 1}}), got %s")
        .formatted(m == null ? "nothing" : "'" + m + "'"));
  }

  private static double[][] byRow(Params p, List<Object> rows) {
    double[][] a = new double[rows.size()][];
    for (int i = 0; i < a.length; i++) {
      if (!(rows.get(i) instanceof Collection<?> row)) {
        throw p.bad("row %d of the AHP matrix must be a list of numbers, got '%s'".formatted(i + 1, rows.get(i)));
      }
      List<Object> cells = new ArrayList<>(row);
      a[i] = new double[cells.size()];
      for (int j = 0; j < a[i].length; j++) {
        a[i][j] = number(p, cells.get(j), "cell (row %d, column %d)".formatted(i + 1, j + 1));
      }
    }
    return a;
  }

  private static double[][] byCode(Params p, Map<String, Object> rows, List<String> codes) {
    for (String r : rows.keySet()) {
      if (!codes.contains(r)) {
        throw p.bad("row '%s' of the AHP matrix is not in order %s; name it there or remove the row"
            .formatted(r, codes));
      }
    }
    double[][] a = new double[codes.size()][codes.size()];
    for (int i = 0; i < codes.size(); i++) {
      Object row = rows.get(codes.get(i));
      if (!(row instanceof Map<?, ?> cells)) {
        throw p.bad(row == null
            ? "the AHP matrix has no row '%s'; give every child a row".formatted(codes.get(i))
            : "row '%s' of the AHP matrix must map column codes to numbers, got '%s'".formatted(codes.get(i), row));
      }
      Map<String, Object> byColumn = new LinkedHashMap<>();
      cells.forEach((k, v) -> byColumn.put(String.valueOf(k), v));
      for (String c : byColumn.keySet()) {
        if (!codes.contains(c)) {
          throw p.bad("row '%s' of the AHP matrix has a column '%s', which is not one of %s"
              .formatted(codes.get(i), c, codes));
        }
      }
      for (int j = 0; j < codes.size(); j++) {
        String where = "cell ('%s' over '%s')".formatted(codes.get(i), codes.get(j));
        Object v = byColumn.get(codes.get(j));
        if (v == null) {
          throw p.bad("the AHP matrix has no %s; give every comparison, 1 on the diagonal".formatted(where));
        }
        a[i][j] = number(p, v, where);
      }
    }
    return a;
  }

  private static double number(Params p, Object v, String where) {
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    String s = String.valueOf(v).trim();
    try {
      int slash = s.indexOf('/');
      if (slash < 0) {
        return Double.parseDouble(s);
      }
      return Double.parseDouble(s.substring(0, slash).trim()) / Double.parseDouble(s.substring(slash + 1).trim());
    } catch (NumberFormatException e) {
      throw p.bad("AHP %s must be a number or a fraction such as 1/3, got '%s'".formatted(where, v));
    }
  }
}
