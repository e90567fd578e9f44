package org.ipindex.io.ingest.layout;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ipindex.io.ingest.Issue;
import org.ipindex.io.ingest.IssueCode;
import org.ipindex.io.ingest.Location;
import org.ipindex.io.ingest.Notation;
import org.ipindex.io.ingest.Parsed;
import org.ipindex.io.ingest.Spellings;
import org.ipindex.io.ingest.StagedRows;
import org.ipindex.io.ingest.Years;

/**
 * Reads a wide table from CSV or XLSX: regions as rows, and measures or years as columns, as a
 * {@link Mapping} says. Header rows are joined per column (with merged cells carried to the right),
 * so {@code 2024年} above {@code 有效发明专利量} reads as year 2024 of the measure with that alias.
 * For each value column: the measure is the mapping's column entry, else the mapping's
 * {@code measure}, else the header (a code or an alias, less any year in it); the year is the column
 * entry's, else the mapping's {@code year}, else the year in the header.
 */
public final class WideTableLayout {
  private WideTableLayout() {}

  /** Reads a wide table (the stream is closed here). */
  public static Parsed read(String file, InputStream in, Mapping mapping) throws IOException {
    List<Issue> issues = new ArrayList<>();
    StagedRows.Builder rows = StagedRows.builder(file);
    List<Grid> grids = Sheets.pick(file, Grids.read(file, in, issues), mapping.sheet(), issues);
    if (grids.isEmpty()) {
      return new Parsed(file, rows.build(), issues, 0, List.of());
    }
    Grid grid = grids.get(0);
    int h = mapping.headerRows();
    if (grid.rows().size() <= h) {
      issues.add(Issue.error(IssueCode.EMPTY_FILE, new Location(file, grid.sheet(), 0, ""), "",
          "the table has %d non-blank rows, not more than its %d header rows".formatted(grid.rows().size(), h),
          "put one region a row below the header"));
      return new Parsed(file, rows.build(), issues, 0, List.of());
    }
    int width = grid.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(0);
    List<String> labels = labels(grid.rows().subList(0, h), width);
    int headerRow = grid.rows().get(h - 1).number();
    int regionCol = regionColumn(mapping, labels, file, grid, issues);
    if (regionCol < 0) {
      return new Parsed(file, rows.build(), issues, 0, List.of());
    }
    List<ValueColumn> columns = new ArrayList<>();
    for (int c = 0; c < width; c++) {
      if (c == regionCol) {
        continue;
      }
      ValueColumn v = column(c, labels.get(c), mapping, grid, headerRow, h, issues);
      if (v != null) {
        columns.add(v);
      }
    }
    rows.keyColumns(Sheets.column(regionCol, labels.get(regionCol)), "");
    int missing = 0;
    for (Grid.Row row : grid.rows().subList(h, grid.rows().size())) {
      String region = row.cell(regionCol);
      boolean any = columns.stream().anyMatch(v -> !row.cell(v.index()).isEmpty());
      if (!any) {
        continue;
      }
      if (region.isEmpty()) {
        issues.add(Issue.error(IssueCode.EMPTY_KEY, new Location(file, grid.sheet(), row.number(),
            Sheets.column(regionCol, labels.get(regionCol))), "", "the region is empty", "write the region's name or code, e.g. 广东 or 44"));
        continue;
      }
      for (ValueColumn v : columns) {
        String text = row.cell(v.index());
        Notation.Reading r = Notation.parse(text);
        switch (r.kind()) {
          case INVALID -> issues.add(Issue.error(IssueCode.NOT_A_NUMBER, new Location(file, grid.sheet(), row.number(), v.name()),
              text, r.problem(), r.fix()));
          case MISSING -> missing++;
          case NUMBER -> rows.add(v.measure(), region, v.year(), r.unscaled(), r.scale(), r.unit().isEmpty() ? v.unit() : r.unit(),
              grid.sheet(), row.number(), v.name());
        }
      }
    }
    if (rows.size() == 0 && missing == 0 && issues.isEmpty()) {
      issues.add(Issue.error(IssueCode.EMPTY_FILE, new Location(file, grid.sheet(), 0, ""), "",
          "the table has no values below its header", "put one region a row below the header, its values in the columns"));
    }
    return new Parsed(file, rows.build(), issues, missing, List.of());
  }

  /** One value column: its position, its name in messages, and what it holds. */
  private record ValueColumn(int index, String name, String measure, int year, String unit) {}

  /** Joins the header rows per column; blanks in all but the last header row take the text to their left (merged cells). */
  static List<String> labels(List<Grid.Row> header, int width) {
    List<String> out = new ArrayList<>();
    String[] carried = new String[header.size()];
    for (int c = 0; c < width; c++) {
      List<String> parts = new ArrayList<>();
      for (int r = 0; r < header.size(); r++) {
        String t = header.get(r).cell(c);
        if (t.isEmpty() && r < header.size() - 1 && c > 0) {
          t = carried[r] == null ? "" : carried[r];
        }
        carried[r] = t;
        if (!t.isEmpty()) {
          parts.add(t);
        }
      }
      out.add(String.join(" ", parts));
    }
    return out;
  }

  private static int regionColumn(Mapping m, List<String> labels, String file, Grid grid, List<Issue> issues) {
    if (m.regionColumn().isEmpty()) {
      return 0;
    }
    int c = find(m.regionColumn(), labels);
    if (c < 0) {
      issues.add(Issue.error(IssueCode.BAD_MAPPING, new Location(file, grid.sheet(), 0, ""), m.regionColumn(),
          "region_column '%s' is not a header or a column letter of the table (headers: %s)%s".formatted(m.regionColumn(),
              String.join(", ", labels), Spellings.suggest(m.regionColumn(), labels)),
          "name the region column by its header or its letter, e.g. A"));
    }
    return c;
  }

  /** Returns the column a header or letter names, or −1. */
  static int find(String name, List<String> labels) {
    int letter = Grid.column(name);
    if (letter >= 0 && letter < labels.size()) {
      return letter;
    }
    for (int c = 0; c < labels.size(); c++) {
      if (Spellings.key(labels.get(c)).equals(Spellings.key(name))) {
        return c;
      }
    }
    return -1;
  }

  private static ValueColumn column(int c, String label, Mapping m, Grid grid, int headerRow, int h, List<Issue> issues) {
    String letter = Grid.letter(c);
    String name = Sheets.column(c, label);
    if (m.skipColumns().stream().anyMatch(s -> s.equals(letter) || Spellings.key(s).equals(Spellings.key(label)))) {
      return null;
    }
    Mapping.Column spec = null;
    for (Map.Entry<String, Mapping.Column> e : m.columns().entrySet()) {
      if (e.getKey().equals(letter) || Spellings.key(e.getKey()).equals(Spellings.key(label))) {
        spec = e.getValue();
      }
    }
    boolean blank = grid.rows().subList(h, grid.rows().size()).stream().allMatch(r -> r.cell(c).isEmpty());
    if (spec == null && label.isEmpty()) {
      if (!blank) {
        issues.add(Issue.error(IssueCode.BAD_MAPPING, new Location(grid.file(), grid.sheet(), headerRow, name), "",
            "column %s has values but no header".formatted(letter),
            "give it a header (a measure or a year), name it under columns: in the mapping, or list it under skip_columns:"));
      }
      return null;
    }
    int headerYear = Years.find(label);
    String measure = spec != null && !spec.measure().isEmpty() ? spec.measure()
        : !m.measure().isEmpty() ? m.measure()
        : headerYear > 0 ? label.replaceAll("\\d{4}\\s*年?", "").strip() : label;
    Integer year = spec != null && spec.year() != null ? spec.year() : m.year() != null ? m.year()
        : headerYear > 0 ? Integer.valueOf(headerYear) : null;
    String unit = spec != null && !spec.unit().isEmpty() ? spec.unit() : m.unit();
    if (measure.isEmpty()) {
      issues.add(Issue.error(IssueCode.BAD_MAPPING, new Location(grid.file(), grid.sheet(), headerRow, name), label,
          "column %s holds a year but no measure is named".formatted(name),
          "give the measure: measure: CODE for the whole table, or columns: {%s: {measure: CODE}}".formatted(letter)));
      return null;
    }
    if (year == null) {
      issues.add(Issue.error(IssueCode.BAD_MAPPING, new Location(grid.file(), grid.sheet(), headerRow, name), label,
          "column %s has no year: the header has none and the mapping gives none".formatted(name),
          "give year: 2024 in the mapping, or a year in the header (2024年)"));
      return null;
    }
    return new ValueColumn(c, name, measure, year, unit);
  }
}
