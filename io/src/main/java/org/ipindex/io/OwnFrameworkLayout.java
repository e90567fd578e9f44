package org.ipindex.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ipindex.core.model.Direction;
import org.ipindex.core.model.Kind;
import org.ipindex.core.model.Node;
import org.ipindex.core.model.ProblemCode;

/**
 * Reads the rows of our framework layout: {@code code, parent, level, name_zh, name_en, unit,
 * direction, weight} and optional {@code kind, denominator, target, note}. Only {@code code} and
 * {@code parent} are required; a column not in the layout is a problem (a misspelt column would
 * otherwise be ignored silently).
 */
final class OwnFrameworkLayout {
  static final List<String> REQUIRED = List.of("code", "parent");
  static final List<String> COLUMNS = List.of("code", "parent", "level", "name_zh", "name_en", "unit",
      "direction", "weight", "kind", "denominator", "target", "note");

  private OwnFrameworkLayout() {}

  static List<ParsedNode> parse(CsvTable table, Problems problems) {
    for (String column : table.header()) {
      if (!COLUMNS.contains(column.toLowerCase(Locale.ROOT))) {
        problems.add(ProblemCode.UNKNOWN_COLUMN, problems.fileName() + " row 1 column " + column,
            "column '%s' is not part of the framework layout%s; rename it to one of %s or delete it"
                .formatted(column, Spelling.suggest(column, COLUMNS), COLUMNS));
      }
    }
    for (String column : REQUIRED) {
      if (!table.has(column)) {
        problems.add(ProblemCode.MISSING_COLUMN, problems.fileName() + " row 1",
            "required column '%s' is missing (found %s); the framework layout is %s"
                .formatted(column, table.header(), COLUMNS));
      }
    }
    if (!problems.isEmpty()) {
      return List.of();
    }
    List<ParsedNode> out = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      String code = row.cell(table.column("code"));
      if (code.isEmpty()) {
        problems.add(ProblemCode.BAD_VALUE, problems.at(row.number(), "code"),
            "the code is empty; give every node a unique code or delete the row");
        continue;
      }
      String parent = row.cell(table.column("parent"));
      Direction direction = direction(row.cell(table.column("direction")), problems, row.number(), "direction");
      double weight = weight(row.cell(table.column("weight")), problems, row.number(), "weight");
      double target = Cells.number(row.cell(table.column("target")), problems, row.number(), "target",
          "when the indicator has no target");
      String levelText = row.cell(table.column("level"));
      Integer level = levelText.isEmpty() ? null
          : Cells.whole(levelText, problems, row.number(), "level", "1 for an indicator, 2 for its group");
      String denominator = row.cell(table.column("denominator"));
      Node node = new Node(code, parent.isEmpty() ? null : parent, row.cell(table.column("name_zh")),
          row.cell(table.column("name_en")), row.cell(table.column("unit")), direction,
          kind(row.cell(table.column("kind")), problems, row.number()), weight,
          denominator.isEmpty() ? null : denominator, target, row.cell(table.column("note")));
      out.add(new ParsedNode(node, row.number(), "level", level));
    }
    return out;
  }

  /** Reads 1, -1 (also −1, +1, positive, negative); blank means positive. */
  static Direction direction(String cell, Problems problems, int row, String column) {
    return switch (cell.strip().toLowerCase(Locale.ROOT)) {
      case "", "1", "+1", "1.0", "positive" -> Direction.POSITIVE;
      case "-1", "−1", "-1.0", "negative" -> Direction.NEGATIVE;
      default -> {
        problems.add(ProblemCode.BAD_VALUE, problems.at(row, column),
            "'%s' is not a direction; write 1 if a larger value is better, -1 if a smaller value is better"
                .formatted(cell));
        yield Direction.POSITIVE;
      }
    };
  }

  /** Reads a weight: blank is NaN (the recipe's default); negative is a problem. */
  static double weight(String cell, Problems problems, int row, String column) {
    double w = Cells.number(cell, problems, row, column, "to use the recipe's default weight");
    if (w < 0) {
      problems.add(ProblemCode.BAD_VALUE, problems.at(row, column),
          "weight '%s' is negative; weights must be 0 or more (relative to the node's siblings)".formatted(cell));
      return Double.NaN;
    }
    return w;
  }

  private static Kind kind(String cell, Problems problems, int row) {
    return switch (cell.strip().toLowerCase(Locale.ROOT)) {
      case "" -> null;
      case "scale" -> Kind.SCALE;
      case "intensity" -> Kind.INTENSITY;
      default -> {
        problems.add(ProblemCode.BAD_VALUE, problems.at(row, "kind"),
            "'%s' is not a kind; write scale (absolute size: counts, amounts) or intensity (ratio, share, per capita)"
                .formatted(cell));
        yield null;
      }
    };
  }
}
