package org.ipindex.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Node;

/**
 * The ranking table of an evaluation, one row per unit: rank, code, name, area and strategic regions,
 * then the index with its change, each pillar with its change, each sub-pillar, and the index's
 * coverage (%). Groups only: indicators are in the indicator explorer. The page shows exactly these
 * columns and rows and its download is this table as CSV, so a reader downloads what they see.
 *
 * <p>Sorting keeps missing values last in either order; text sorts in Chinese collation order.
 */
final class Ranking {
  /** What a column holds; pages format by it. */
  enum Type { RANK, TEXT, SCORE, CHANGE, PERCENT }

  /**
   * One column.
   *
   * @param key stable key: {@code rank}, {@code unit}, {@code name}, {@code area}, {@code strategic},
   *     a node code ({@code RI}), a node's change ({@code RI.change}), {@code coverage}
   * @param node the node a score or change column belongs to, or null
   */
  record Column(String key, String labelZh, String labelEn, Type type, String node) {
    String label(String lang) {
      return lang.equals("en") ? labelEn : labelZh;
    }
  }

  /** The table: columns and rows of cells (numbers, text or null). */
  record Table(List<Column> columns, List<List<Object>> rows) {}

  private Ranking() {}

  /** Returns the columns of an evaluation's ranking table. */
  static List<Column> columns(Scores s, boolean places) {
    Framework f = s.framework();
    Node root = f.root();
    List<Column> cols = new ArrayList<>(List.of(new Column("rank", "排名", "Rank", Type.RANK, root.code()),
        new Column("unit", "代码", "Code", Type.TEXT, null), new Column("name", "地区", "Region", Type.TEXT, null)));
    if (places) {
      cols.add(new Column("area", "区域", "Area", Type.TEXT, null));
      cols.add(new Column("strategic", "重大战略区域", "Strategic regions", Type.TEXT, null));
    }
    score(cols, root, true);
    List<Node> pillars = groups(f, root.code());
    pillars.forEach(p -> score(cols, p, true));
    pillars.forEach(p -> groups(f, p.code()).forEach(sub -> score(cols, sub, false)));
    cols.add(new Column("coverage", "覆盖率(%)", "Coverage (%)", Type.PERCENT, root.code()));
    return cols;
  }

  private static void score(List<Column> cols, Node n, boolean withChange) {
    cols.add(new Column(n.code(), n.nameZh(), n.nameEn(), Type.SCORE, n.code()));
    if (withChange) {
      cols.add(new Column(n.code() + ".change", n.nameZh() + " 较上年", n.nameEn() + ", change", Type.CHANGE, n.code()));
    }
  }

  private static List<Node> groups(Framework f, String code) {
    return f.children(code).stream().filter(c -> !f.isIndicator(c.code())).toList();
  }

  /**
   * Returns the rows of the units given (already filtered), sorted.
   *
   * @param sort a column key
   * @param descending sort order (missing values stay last)
   * @param lang the language of names and group labels: zh or en
   */
  static Table table(Scores s, Places places, List<String> units, List<Column> columns, String sort, boolean descending,
      String lang) {
    int year = s.dataYear();
    String root = s.framework().root().code();
    List<List<Object>> rows = new ArrayList<>();
    for (String unit : units) {
      var place = places.place(unit);
      List<Object> row = new ArrayList<>(columns.size());
      for (Column c : columns) {
        row.add(switch (c.key()) {
          case "rank" -> {
            var r = s.row(unit, root, year);
            yield r == null || Double.isNaN(r.rank()) ? null : (int) r.rank();
          }
          case "unit" -> unit;
          case "name" -> place.map(p -> lang.equals("en") ? p.nameEn() : p.nameZh()).orElse(s.results().scores().unitName(unit));
          case "area" -> place.map(p -> p.area().isEmpty() ? "" : lang.equals("en") ? places.labelEn("area", p.area())
              : p.area()).orElse("");
          case "strategic" -> place.map(p -> String.join(lang.equals("en") ? "; " : "、", p.strategicRegions().stream()
              .map(x -> lang.equals("en") ? places.labelEn("strategic_region", x) : x).toList())).orElse("");
          case "coverage" -> {
            var r = s.row(unit, root, year);
            yield r == null ? null : 100 * r.coverage();
          }
          default -> c.type() == Type.CHANGE ? nanToNull(s.change(unit, c.node(), year)) : nanToNull(s.score(unit, c.node(), year));
        });
      }
      rows.add(row);
    }
    int at = -1;
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).key().equals(sort)) {
        at = i;
      }
    }
    if (at < 0) {
      throw ApiException.badParameter("sort", "no column '%s'".formatted(sort),
          "sort by one of " + columns.stream().map(Column::key).toList());
    }
    rows.sort(order(at, descending));
    return new Table(columns, rows);
  }

  private static Comparator<List<Object>> order(int column, boolean descending) {
    Collator collator = Collator.getInstance(Locale.CHINA);
    Comparator<Object> values = (a, b) -> a instanceof Number x && b instanceof Number y
        ? Double.compare(x.doubleValue(), y.doubleValue()) : collator.compare(String.valueOf(a), String.valueOf(b));
    Comparator<Object> directed = descending ? values.reversed() : values;
    return (a, b) -> {
      Object x = blankToNull(a.get(column));
      Object y = blankToNull(b.get(column));
      if (x == null || y == null) {
        return x == null && y == null ? 0 : x == null ? 1 : -1;
      }
      return directed.compare(x, y);
    };
  }

  private static Object blankToNull(Object o) {
    return o instanceof String t && t.isEmpty() ? null : o;
  }

  private static Double nanToNull(double x) {
    return Double.isNaN(x) ? null : x;
  }

  /** Returns the CSV of a table with its headers in a language. */
  static byte[] csv(Table t, String lang) {
    return Csv.table(t.columns().stream().map(c -> c.label(lang)).toList(), t.rows().stream().map(r -> Arrays.asList(r.toArray()))
        .toList());
  }
}
