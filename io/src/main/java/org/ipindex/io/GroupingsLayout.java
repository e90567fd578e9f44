package org.ipindex.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipindex.core.model.Panel;
import org.ipindex.core.model.ProblemCode;

/** Reads a unit-groupings CSV ({@code unit, <column>…}) onto a panel; see {@link PanelReader#readGroupings}. */
final class GroupingsLayout {
  static final List<String> UNIT_COLUMNS = List.of("unit", "code", "uCode");
  static final List<String> NAME_COLUMNS = List.of("unit_name", "uName", "name", "name_zh");

  private GroupingsLayout() {}

  static PanelFile apply(Panel panel, CsvTable table, Problems problems) {
    int unitCol = UNIT_COLUMNS.stream().mapToInt(table::column).filter(c -> c >= 0).findFirst().orElse(-1);
    if (unitCol < 0) {
      problems.add(ProblemCode.MISSING_COLUMN, table.fileName() + " row 1",
          "no unit column (one of %s) in %s; name the column of unit codes 'unit'"
              .formatted(UNIT_COLUMNS, table.header()));
      problems.throwIfAny();
    }
    int nameCol = NAME_COLUMNS.stream().mapToInt(table::column).filter(c -> c >= 0).findFirst().orElse(-1);
    Map<String, Integer> firstRow = new HashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Map<String, String>> labels = new LinkedHashMap<>();
    List<String> warnings = new ArrayList<>();
    for (int c = 0; c < table.header().size(); c++) {
      if (c != unitCol && c != nameCol) {
        labels.put(table.header().get(c), new HashMap<>());
      }
    }
    for (CsvTable.Row row : table.rows()) {
      String unit = row.cell(unitCol);
      if (unit.isEmpty()) {
        problems.add(ProblemCode.BAD_VALUE, problems.at(row.number(), table.header().get(unitCol)),
            "the unit code is empty; give the unit's code or delete the row");
        continue;
      }
      Integer earlier = firstRow.putIfAbsent(unit, row.number());
      if (earlier != null) {
        problems.add(ProblemCode.DUPLICATE_KEY, problems.at(row.number(), table.header().get(unitCol)),
            "unit '%s' is also given in row %d; keep one of the two rows".formatted(unit, earlier));
        continue;
      }
      if (panel.unitIndex(unit) < 0) {
        warnings.add("unit '%s' in %s row %d is not in the data; its groupings are ignored"
            .formatted(unit, table.fileName(), row.number()));
        continue;
      }
      if (nameCol >= 0 && !row.cell(nameCol).isEmpty()) {
        names.put(unit, row.cell(nameCol));
      }
      for (int c = 0; c < table.header().size(); c++) {
        Map<String, String> column = labels.get(table.header().get(c));
        if (column != null && !row.cell(c).isEmpty()) {
          column.put(unit, row.cell(c));
        }
      }
    }
    problems.throwIfAny();
    for (String unit : panel.units()) {
      if (!firstRow.containsKey(unit)) {
        warnings.add("unit '%s' is not in %s; it has no groupings".formatted(unit, table.fileName()));
      }
    }
    Panel.Builder b = panel.toBuilder();
    b.unitNames(names);
    labels.forEach((column, byUnit) -> b.grouping(column, panel.units().stream().map(byUnit::get).toList()));
    return new PanelFile(b.build(), warnings);
  }
}
