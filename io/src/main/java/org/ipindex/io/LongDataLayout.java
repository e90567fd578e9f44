package org.ipindex.io;

import java.util.List;
import java.util.Locale;
import org.ipindex.core.model.ProblemCode;

/**
 * Reads data in our long layout: one row per value, {@code unit, indicator, year, value}, with
 * optional {@code unit_of_measure, source, note} (allowed, not read). Values are plain numbers;
 * blank, {@code NA}, {@code —} and {@code -} mean missing.
 */
final class LongDataLayout {
  static final List<String> REQUIRED = List.of("unit", "indicator", "year", "value");
  static final List<String> OPTIONAL = List.of("unit_of_measure", "source", "note");
  private static final List<String> ALL = List.of("unit", "indicator", "year", "value", "unit_of_measure", "source", "note");

  private LongDataLayout() {}

  /** Reads every row into {@code into}; header problems that prevent reading rows stop early. */
  static void parse(CsvTable table, Problems problems, PanelAssembler into) {
    for (String column : table.header()) {
      String c = column.toLowerCase(Locale.ROOT);
      if (!REQUIRED.contains(c) && !OPTIONAL.contains(c)) {
        problems.add(ProblemCode.UNKNOWN_COLUMN, problems.fileName() + " row 1 column " + column,
            "column '%s' is not part of the long data layout (%s, optional %s)%s; rename or delete it. "
                .formatted(column, REQUIRED, OPTIONAL, Spelling.suggest(column, ALL))
                + "A wide COINr iData file needs a 'uCode' column");
      }
    }
    boolean complete = true;
    for (String column : REQUIRED) {
      if (!table.has(column)) {
        complete = false;
        problems.add(ProblemCode.MISSING_COLUMN, problems.fileName() + " row 1",
            "required column '%s' is missing (found %s); the long data layout is %s, optional %s"
                .formatted(column, table.header(), REQUIRED, OPTIONAL));
      }
    }
    if (!complete) {
      return;
    }
    int unitCol = table.column("unit");
    int indicatorCol = table.column("indicator");
    int yearCol = table.column("year");
    int valueCol = table.column("value");
    for (CsvTable.Row row : table.rows()) {
      int n = row.number();
      String unit = row.cell(unitCol);
      String indicator = row.cell(indicatorCol);
      if (unit.isEmpty()) {
        problems.add(ProblemCode.BAD_VALUE, problems.at(n, "unit"), "the unit is empty; give the unit's code");
      }
      if (indicator.isEmpty()) {
        problems.add(ProblemCode.BAD_VALUE, problems.at(n, "indicator"),
            "the indicator is empty; give the indicator's code");
      }
      Integer year = Cells.whole(row.cell(yearCol), problems, n, "year", "2023");
      double value = Cells.number(row.cell(valueCol), problems, n, "value", "(or NA) for a missing value");
      if (unit.isEmpty() || indicator.isEmpty() || year == null) {
        continue;
      }
      int earlier = into.put(unit, indicator, year, value, n);
      if (earlier > 0) {
        problems.add(ProblemCode.DUPLICATE_KEY, problems.at(n),
            "unit '%s', indicator '%s', year %d is also given in row %d; keep one of the two rows"
                .formatted(unit, indicator, year, earlier));
      }
    }
  }
}
