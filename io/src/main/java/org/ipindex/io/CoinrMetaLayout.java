package org.ipindex.io;

import java.util.ArrayList;
import java.util.List;
import org.ipindex.core.model.Node;
import org.ipindex.core.model.ProblemCode;

/**
 * Reads the rows of COINr's {@code iMeta} layout: {@code Level, iCode, iName, Direction, Weight,
 * Type, Parent, Denominator, Unit, Target}. Rows of type {@code Indicator} and {@code Aggregate}
 * become nodes ({@code iName} is the English name); {@code Group} and {@code Denominator} rows are
 * only listed, and {@code Other} rows are skipped. Further columns are allowed, as in COINr.
 */
final class CoinrMetaLayout {
  /** Columns COINr requires in iMeta. */
  static final List<String> REQUIRED = List.of("Level", "iCode", "Parent", "Direction", "Weight", "Type");
  private static final List<String> TYPES = List.of("Indicator", "Aggregate", "Group", "Denominator", "Other");

  /**
   * What iMeta holds.
   *
   * @param nodes the indicators and aggregates
   * @param denominators codes of Denominator rows
   * @param groupColumns codes of Group rows
   */
  record Parsed(List<ParsedNode> nodes, List<String> denominators, List<String> groupColumns) {}

  private CoinrMetaLayout() {}

  static Parsed parse(CsvTable table, Problems problems) {
    for (String column : REQUIRED) {
      if (!table.has(column)) {
        problems.add(ProblemCode.MISSING_COLUMN, problems.fileName() + " row 1",
            "required column '%s' of the COINr iMeta layout is missing (found %s); COINr needs %s"
                .formatted(column, table.header(), REQUIRED));
      }
    }
    List<ParsedNode> nodes = new ArrayList<>();
    List<String> denominators = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    if (!problems.isEmpty()) {
      return new Parsed(nodes, denominators, groups);
    }
    for (CsvTable.Row row : table.rows()) {
      int n = row.number();
      String code = row.cell(table.column("iCode"));
      String typeCell = row.cell(table.column("Type"));
      String type = TYPES.stream().filter(t -> t.equalsIgnoreCase(typeCell)).findFirst().orElse(null);
      if (code.isEmpty()) {
        problems.add(ProblemCode.BAD_VALUE, problems.at(n, "iCode"),
            "the code is empty; give every row a unique iCode or delete the row");
        continue;
      }
      if (type == null) {
        problems.add(ProblemCode.BAD_VALUE, problems.at(n, "Type"),
            "'%s' is not a COINr type; write one of %s".formatted(typeCell, TYPES));
        continue;
      }
      switch (type) {
        case "Group" -> groups.add(code);
        case "Denominator" -> denominators.add(code);
        case "Other" -> { }
        default -> nodes.add(node(table, row, code, problems));
      }
    }
    return new Parsed(nodes, denominators, groups);
  }

  private static ParsedNode node(CsvTable table, CsvTable.Row row, String code, Problems problems) {
    int n = row.number();
    String parent = row.cell(table.column("Parent"));
    String levelText = row.cell(table.column("Level"));
    Integer level = levelText.isEmpty() ? null
        : Cells.whole(levelText, problems, n, "Level", "1 for an indicator, 2 for its aggregate");
    String denominator = row.cell(table.column("Denominator"));
    Node node = new Node(code, parent.isEmpty() ? null : parent, "", row.cell(table.column("iName")),
        row.cell(table.column("Unit")),
        OwnFrameworkLayout.direction(row.cell(table.column("Direction")), problems, n, "Direction"),
        null, OwnFrameworkLayout.weight(row.cell(table.column("Weight")), problems, n, "Weight"),
        denominator.isEmpty() ? null : denominator,
        Cells.number(row.cell(table.column("Target")), problems, n, "Target", "when the indicator has no target"),
        "");
    return new ParsedNode(node, n, "Level", level);
  }

}
