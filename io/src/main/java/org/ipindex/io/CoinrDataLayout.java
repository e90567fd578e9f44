package org.ipindex.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ipindex.core.model.ProblemCode;

/**
 * Reads COINr's wide {@code iData} layout: one row per unit (and year), {@code uCode}, optional
 * {@code uName} (unit names) and {@code Time} (years), group columns (named as groups in iMeta, or
 * ending with {@code _group}) and one column per series (indicators and denominators alike).
 */
final class CoinrDataLayout {
  /** What iData holds beside the values. */
  record Extras(Map<String, String> unitNames, Map<String, Map<String, String>> groupings, List<String> warnings) {}

  private CoinrDataLayout() {}

  static Extras parse(CsvTable table, Problems problems, Set<String> groupColumns, int defaultYear,
      PanelAssembler into) {
    int unitCol = table.column("uCode");
    int nameCol = table.column("uName");
    int timeCol = table.column("Time");
    List<Integer> groupCols = new ArrayList<>();
    List<Integer> seriesCols = new ArrayList<>();
    for (int c = 0; c < table.header().size(); c++) {
      String h = table.header().get(c);
      if (c == unitCol || c == nameCol || c == timeCol) {
        continue;
      }
      if (groupColumns.contains(h) || h.toLowerCase(Locale.ROOT).endsWith("_group")) {
        groupCols.add(c);
      } else {
        seriesCols.add(c);
        into.series(h);
      }
    }
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Map<String, String>> groupings = new LinkedHashMap<>();
    groupCols.forEach(c -> groupings.put(table.header().get(c), new HashMap<>()));
    Map<String, Integer> labelYear = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    List<String> warnings = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      int n = row.number();
      String unit = row.cell(unitCol);
      Integer year = timeCol < 0 ? Integer.valueOf(defaultYear)
          : Cells.whole(row.cell(timeCol), problems, n, table.header().get(timeCol), "2023");
      if (unit.isEmpty()) {
        problems.add(ProblemCode.BAD_VALUE, problems.at(n, "uCode"), "the unit code is empty; give the unit's code");
      }
      if (unit.isEmpty() || year == null) {
        continue;
      }
      Integer earlier = seen.putIfAbsent(unit + "\u0000" + year, n);
      if (earlier != null) {
        problems.add(ProblemCode.DUPLICATE_KEY, problems.at(n),
            "unit '%s'%s is also given in row %d; keep one of the two rows"
                .formatted(unit, timeCol < 0 ? "" : " in year " + year, earlier));
        continue;
      }
      into.unit(unit);
      into.year(year);
      for (int c : seriesCols) {
        String h = table.header().get(c);
        into.put(unit, h, year, Cells.number(row.cell(c), problems, n, h, "(or NA) for a missing value"), n);
      }
      boolean latest = year >= labelYear.getOrDefault(unit, Integer.MIN_VALUE);
      if (latest) {
        labelYear.put(unit, year);
      }
      if (nameCol >= 0 && !row.cell(nameCol).isEmpty() && (latest || !names.containsKey(unit))) {
        names.put(unit, row.cell(nameCol));
      }
      for (int c : groupCols) {
        String column = table.header().get(c);
        String label = row.cell(c);
        String before = groupings.get(column).get(unit);
        if (before != null && !label.isEmpty() && !before.equals(label)) {
          warnings.add("unit '%s' is in group '%s' and '%s' of '%s' in different years; the latest year's is kept"
              .formatted(unit, before, label, column));
        }
        if (!label.isEmpty() && (latest || before == null)) {
          groupings.get(column).put(unit, label);
        }
      }
    }
    return new Extras(names, groupings, warnings);
  }
}
