package org.ipindex.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ipindex.core.model.Direction;
import org.ipindex.core.model.ProblemCode;
import org.ipindex.core.target.AlternativeBaseline;
import org.ipindex.core.target.Comparison;
import org.ipindex.core.target.Target;

/**
 * Reads the rows of the target layout, one row per target of a target set:
 * {@code set, code, name_zh, baseline_year, target_year} (required) and {@code name_en, unit_zh,
 * unit_en, direction, comparison, baseline_value, target_value, ceiling, source, note,
 * alt_baseline_value, alt_baseline_source, framework_code}. Several alternative baselines are
 * separated by {@code ;} in both alt columns. A column not in the layout is a problem.
 */
final class TargetsLayout {
  static final List<String> REQUIRED = List.of("set", "code", "name_zh", "baseline_year", "target_year");
  static final List<String> COLUMNS = List.of("set", "code", "name_zh", "name_en", "unit_zh", "unit_en", "direction",
      "comparison", "baseline_year", "baseline_value", "target_year", "target_value", "ceiling", "source", "note",
      "alt_baseline_value", "alt_baseline_source", "framework_code");

  private TargetsLayout() {}

  /** Returns the targets of every row without a problem; the problems go to {@code problems}. */
  static List<Target> parse(CsvTable table, Problems problems) {
    if (!Columns.check(table, problems, COLUMNS, REQUIRED, "target layout")) {
      return List.of();
    }
    List<Target> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (CsvTable.Row row : table.rows()) {
      int n = row.number();
      int before = problemCount(problems);
      String set = text(row, table, "set", problems, "give the name of the target set, e.g. expected_2025");
      String code = text(row, table, "code", problems, "give the indicator's code, as used in the observed values");
      String nameZh = text(row, table, "name_zh", problems, "give the indicator's Chinese name");
      Direction direction = OwnFrameworkLayout.direction(cell(row, table, "direction"), problems, n, "direction");
      Comparison comparison = comparison(cell(row, table, "comparison"), problems, n);
      Integer baselineYear = Cells.whole(cell(row, table, "baseline_year"), problems, n, "baseline_year", "2020");
      Integer targetYear = Cells.whole(cell(row, table, "target_year"), problems, n, "target_year", "2025");
      double baseline = Cells.number(cell(row, table, "baseline_value"), problems, n, "baseline_value",
          "to take the baseline from the observed values");
      double goal = Cells.number(cell(row, table, "target_value"), problems, n, "target_value",
          "when the document sets no quantitative target");
      double ceiling = Cells.number(cell(row, table, "ceiling"), problems, n, "ceiling",
          "when the indicator has no natural limit");
      if (baselineYear != null && targetYear != null && targetYear <= baselineYear) {
        problems.add(ProblemCode.BAD_VALUE, problems.at(n, "target_year"),
            "target year %d is not after baseline year %d; give the year by which the target should be met"
                .formatted(targetYear, baselineYear));
      }
      if (comparison == Comparison.COMPLETED) {
        if (Double.isNaN(goal)) {
          goal = 1;
        } else if (goal != 1) {
          problems.add(ProblemCode.BAD_VALUE, problems.at(n, "target_value"),
              "'%s' is not the target of a completed task; write 1 (done) or leave it empty"
                  .formatted(cell(row, table, "target_value")));
        }
      }
      checkCeiling(problems, n, direction, ceiling, baseline, "baseline_value");
      checkCeiling(problems, n, direction, ceiling, goal, "target_value");
      List<AlternativeBaseline> alternatives = alternatives(row, table, problems);
      if (!set.isEmpty() && !code.isEmpty()) {
        Integer first = seen.putIfAbsent(set + "\u0000" + code, n);
        if (first != null) {
          problems.add(ProblemCode.DUPLICATE_KEY, problems.at(n),
              "set '%s', code '%s' is also given in row %d; keep one of the two rows".formatted(set, code, first));
        }
      }
      if (problemCount(problems) == before) {
        out.add(new Target(set, code, nameZh, cell(row, table, "name_en"), cell(row, table, "unit_zh"),
            cell(row, table, "unit_en"), direction, comparison, baselineYear, baseline, targetYear, goal, ceiling,
            cell(row, table, "source"), cell(row, table, "note"), alternatives, cell(row, table, "framework_code")));
      }
    }
    return out;
  }

  private static int problemCount(Problems problems) {
    return problems.list().size();
  }

  private static String cell(CsvTable.Row row, CsvTable table, String column) {
    return row.cell(table.column(column));
  }

  private static String text(CsvTable.Row row, CsvTable table, String column, Problems problems, String fix) {
    String s = cell(row, table, column);
    if (s.isEmpty()) {
      problems.add(ProblemCode.BAD_VALUE, problems.at(row.number(), column), "the %s is empty; %s"
          .formatted(column.replace('_', ' '), fix));
    }
    return s;
  }

  private static Comparison comparison(String cell, Problems problems, int row) {
    if (cell.isEmpty()) {
      return Comparison.REACH;
    }
    Comparison c = Comparison.byCode(cell);
    if (c == null) {
      List<String> names = Arrays.stream(Comparison.values()).map(Comparison::code).toList();
      problems.add(ProblemCode.BAD_VALUE, problems.at(row, "comparison"),
          "'%s' is not a comparison%s; write one of %s (empty means reach)"
              .formatted(cell, Spelling.suggest(cell.toLowerCase(Locale.ROOT), names), names));
      return Comparison.REACH;
    }
    return c;
  }

  private static void checkCeiling(Problems problems, int row, Direction direction, double ceiling, double value,
      String column) {
    if (!Double.isNaN(ceiling) && !Double.isNaN(value) && direction.sign() * (value - ceiling) > 0) {
      problems.add(ProblemCode.BAD_VALUE, problems.at(row, column),
          "%s %s lies beyond the natural limit %s (ceiling column%s); correct the value or the limit"
              .formatted(column.replace('_', ' '), NumberText.of(value), NumberText.of(ceiling),
                  direction == Direction.NEGATIVE ? ", a floor when smaller is better" : ""));
    }
  }

  private static List<AlternativeBaseline> alternatives(CsvTable.Row row, CsvTable table, Problems problems) {
    String values = cell(row, table, "alt_baseline_value");
    String sources = cell(row, table, "alt_baseline_source");
    if (values.isEmpty() && sources.isEmpty()) {
      return List.of();
    }
    String[] v = values.isEmpty() ? new String[0] : values.split(";", -1);
    String[] s = sources.isEmpty() ? new String[0] : sources.split(";", -1);
    if (v.length != s.length) {
      problems.add(ProblemCode.BAD_VALUE, problems.at(row.number(), "alt_baseline_source"),
          "%d alternative baseline value(s) but %d source(s); give one source per value, both separated by ';'"
              .formatted(v.length, s.length));
      return List.of();
    }
    List<AlternativeBaseline> out = new ArrayList<>();
    for (int i = 0; i < v.length; i++) {
      String value = v[i].strip();
      String source = s[i].strip();
      if (Cells.isMissing(value) || source.isEmpty()) {
        problems.add(ProblemCode.BAD_VALUE, problems.at(row.number(), "alt_baseline_value"),
            "alternative baseline %d has an empty value or source; give both".formatted(i + 1));
        continue;
      }
      double x = Cells.number(value, problems, row.number(), "alt_baseline_value", "when there is no alternative");
      if (!Double.isNaN(x)) {
        out.add(new AlternativeBaseline(x, source));
      }
    }
    return out;
  }
}
