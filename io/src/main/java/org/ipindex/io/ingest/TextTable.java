package org.ipindex.io.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * A small CSV file read whole (catalogues, definitions, mappings, wide tables): its header and its
 * non-blank rows, each with the row number a spreadsheet shows.
 *
 * @param file the file name used in messages
 * @param header the column names, trimmed (empty names at the end dropped)
 * @param rows the non-blank rows after the header
 */
public record TextTable(String file, List<String> header, List<TextTable.Line> rows) {
  public TextTable {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  /** One row: its number and its cells (trimmed). */
  public record Line(int row, List<String> cells) {
    public Line {
      cells = List.copyOf(cells);
    }

    /** Returns the cell at a position, "" past the end or for −1. */
    public String cell(int column) {
      return column < 0 || column >= cells.size() ? "" : cells.get(column);
    }
  }

  /**
   * Reads a UTF-8 CSV file (the stream is closed here). Problems that stop the reading (not UTF-8,
   * a quote never closed, no header) are added to {@code issues} and give an empty table.
   */
  public static TextTable read(String file, InputStream in, List<Issue> issues) throws IOException {
    return read(file, in, issues, true);
  }

  /** Reads a CSV file; with {@code withHeader} false every non-blank row is a data row. */
  public static TextTable read(String file, InputStream in, List<Issue> issues, boolean withHeader) throws IOException {
    List<String> header = null;
    List<Line> rows = new ArrayList<>();
    try (CsvReader csv = CsvReader.utf8(in)) {
      while (csv.next()) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < csv.size(); i++) {
          cells.add(csv.text(i).strip());
        }
        if (header == null && withHeader) {
          if (csv.blank()) {
            continue;
          }
          while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
          }
          header = cells;
        } else {
          rows.add(new Line(csv.line(), cells));
        }
      }
    } catch (CsvReader.MalformedCsvException e) {
      issues.add(Issue.error(IssueCode.BAD_FILE, new Location(file, "", e.line(), ""), "",
          "a quoted field that starts here is never closed", "check for a quote (\") that is opened but never closed"));
      return new TextTable(file, List.of(), List.of());
    } catch (CharacterCodingException e) {
      issues.add(Issue.error(IssueCode.BAD_FILE, Location.of(file), "", "the file is not UTF-8 text (GBK or another encoding?)",
          "save it as \"CSV UTF-8\" and read it again"));
      return new TextTable(file, List.of(), List.of());
    }
    if (header == null && withHeader) {
      issues.add(Issue.error(IssueCode.EMPTY_FILE, Location.of(file), "", "the file is empty", "it needs a header row and data rows"));
      return new TextTable(file, List.of(), List.of());
    }
    List<Line> kept = rows.stream().filter(l -> l.cells().stream().anyMatch(c -> !c.isEmpty())).toList();
    return new TextTable(file, header == null ? List.of() : header, kept);
  }

  /** Returns the position of a column (case-insensitive), or −1. */
  public int column(String name) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Adds a MISSING_COLUMN error for each required column the header lacks; returns whether all are there.
   */
  public boolean require(List<String> columns, String layout, List<Issue> issues) {
    boolean all = true;
    for (String c : columns) {
      if (column(c) < 0) {
        all = false;
        issues.add(Issue.error(IssueCode.MISSING_COLUMN, new Location(file, "", 1, ""), "",
            "required column '%s' is missing (found %s)".formatted(c, String.join(", ", header)), layout));
      }
    }
    return all;
  }
}
