package org.ipindex.io.ingest.layout;

import java.util.List;
import org.ipindex.io.ingest.Issue;
import org.ipindex.io.ingest.IssueCode;
import org.ipindex.io.ingest.Location;
import org.ipindex.io.ingest.Spellings;

/** Picks the sheets a mapping names. */
final class Sheets {
  private Sheets() {}

  /** Returns the grids named by {@code sheet} ("" = all), adding a BAD_MAPPING issue when it names none. */
  static List<Grid> pick(String file, List<Grid> grids, String sheet, List<Issue> issues) {
    if (sheet.isEmpty() || grids.isEmpty()) {
      return grids;
    }
    if (sheet.matches("\\d{1,3}")) {
      int n = Integer.parseInt(sheet);
      if (n >= 1 && n <= grids.size()) {
        return List.of(grids.get(n - 1));
      }
    }
    for (Grid g : grids) {
      if (Spellings.key(g.sheet()).equals(Spellings.key(sheet))) {
        return List.of(g);
      }
    }
    List<String> names = grids.stream().map(Grid::sheet).toList();
    issues.add(Issue.error(IssueCode.BAD_MAPPING, Location.of(file), sheet,
        "sheet '%s' is not in the workbook (sheets: %s)%s".formatted(sheet, String.join(", ", names), Spellings.suggest(sheet, names)),
        "name a sheet of the workbook, or its number from 1"));
    return List.of();
  }

  /** Returns e.g. {@code "C (2024年 发明)"}, or the letter alone for an empty label. */
  static String column(int c, String label) {
    return label.isEmpty() ? Grid.letter(c) : Grid.letter(c) + " (" + label + ")";
  }
}
