package org.ipindex.io.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.ipindex.core.result.Results;
import org.ipindex.io.NumberText;

/**
 * Renders one year of results as an aligned table for a terminal: one row per unit, one column per
 * chosen node holding {@code score (rank)}. Columns are sized in terminal columns, counting CJK
 * characters as two, so Chinese names line up. Rows are sorted by the rank on the first chosen
 * node (units without a score last, ties in unit order). Scores are formatted with
 * {@link Locale#ROOT}; a missing score shows as {@code NA}.
 *
 * <pre>
 * unit  name     Index       Conn
 *                综合指数    连接
 * ----  -------  ----------  ----------
 * BEL   Belgium  71.20 (1)   66.00 (2)
 * </pre>
 *
 * <p>Example: {@code ResultsTableTest#aligns_chinese_names_by_display_width}.
 */
public final class ResultsTable {
  private static final String GAP = "  ";

  private ResultsTable() {}

  /** Returns the table with scores to two decimals; see {@link #render(Results, int, List, int)}. */
  public static String render(Results results, int year, List<String> codes) {
    return render(results, year, codes, 2);
  }

  /**
   * Returns the table, one line per unit after two header lines (codes, then node names) and a rule.
   *
   * @throws IllegalArgumentException if the year is not in the results, a code is not a node, or
   *     no code is given
   */
  public static String render(Results results, int year, List<String> codes, int decimals) {
    if (codes.isEmpty()) {
      throw new IllegalArgumentException("choose at least one node to show");
    }
    if (results.scores().yearIndex(year) < 0) {
      throw new IllegalArgumentException("year %d is not in the results (years: %s)"
          .formatted(year, java.util.Arrays.toString(results.years())));
    }
    codes.forEach(results.framework()::node);
    List<String> units = new ArrayList<>(results.units());
    String first = codes.get(0);
    units.sort(Comparator.comparingDouble(u -> {
      double r = results.rank(u, first, year);
      return Double.isNaN(r) ? Double.POSITIVE_INFINITY : r;
    }));
    List<String[]> lines = new ArrayList<>();
    String[] head = new String[codes.size() + 2];
    String[] names = new String[codes.size() + 2];
    head[0] = "unit";
    head[1] = "name";
    names[0] = "";
    names[1] = "";
    for (int c = 0; c < codes.size(); c++) {
      String label = results.framework().node(codes.get(c)).label();
      head[c + 2] = codes.get(c);
      names[c + 2] = label.equals(codes.get(c)) ? "" : label;
    }
    lines.add(head);
    lines.add(names);
    for (String unit : units) {
      String[] cells = new String[codes.size() + 2];
      cells[0] = unit;
      cells[1] = results.scores().unitName(unit);
      for (int c = 0; c < codes.size(); c++) {
        double score = results.score(unit, codes.get(c), year);
        cells[c + 2] = Double.isNaN(score) ? "NA"
            : String.format(Locale.ROOT, "%." + decimals + "f (%s)", score,
                NumberText.of(results.rank(unit, codes.get(c), year)));
      }
      lines.add(cells);
    }
    int[] widths = new int[head.length];
    for (String[] cells : lines) {
      for (int c = 0; c < cells.length; c++) {
        widths[c] = Math.max(widths[c], DisplayWidth.of(cells[c]));
      }
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      if (i == 2) {
        String[] rule = new String[widths.length];
        for (int c = 0; c < widths.length; c++) {
          rule[c] = "-".repeat(widths[c]);
        }
        line(out, rule, widths, false);
      }
      line(out, lines.get(i), widths, i >= 2);
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String[] cells, int[] widths, boolean numbersRight) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      if (c > 0) {
        line.append(GAP);
      }
      line.append(DisplayWidth.pad(cells[c], widths[c], numbersRight && c >= 2));
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }
}
