package org.ipindex.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.ProblemCode;

/**
 * A CSV file read into memory: its header and its non-blank rows, each with the row number a
 * spreadsheet shows (the header is row 1). UTF-8 only, with or without a byte-order mark. Empty
 * header cells at the end of the header (left by spreadsheets) are dropped.
 *
 * @param fileName the file name used in messages
 * @param header the column names, trimmed, in order
 * @param rows the rows that have at least one non-blank cell
 */
record CsvTable(String fileName, List<String> header, List<Row> rows) {
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

  /** One row: its spreadsheet row number and its cells (never shorter than the header). */
  record Row(int number, List<String> cells) {
    /** Returns the cell at a column position, stripped; "" past the end or for position −1. */
    String cell(int column) {
      return column < 0 || column >= cells.size() ? "" : cells.get(column).strip();
    }
  }

  /**
   * Reads a CSV file from a stream (not closed here). An empty header cell, a repeated column name
   * and a row with more values than the header has columns are added to {@code problems} (the row
   * is left out), so the caller can report them with its own.
   *
   * @throws DataException at once if the bytes are not UTF-8, the CSV is malformed or there is no
   *     header
   */
  static CsvTable read(String fileName, InputStream in, Problems problems) throws IOException {
    String text = decode(fileName, in.readAllBytes());
    List<String> header = null;
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
      for (CSVRecord r : parser) {
        List<String> cells = r.toList();
        if (cells.stream().allMatch(String::isBlank)) {
          continue;
        }
        int number = (int) r.getRecordNumber();
        if (header == null) {
          List<String> names = new ArrayList<>(cells.stream().map(String::strip).toList());
          while (names.get(names.size() - 1).isEmpty()) {
            names.remove(names.size() - 1);
          }
          header = List.copyOf(names);
          continue;
        }
        if (cells.size() > header.size()
            && cells.subList(header.size(), cells.size()).stream().anyMatch(c -> !c.isBlank())) {
          problems.add(ProblemCode.BAD_FILE, problems.at(number),
              "the row has %d values but the header has %d columns; remove the extra values or add a header for them"
                  .formatted(cells.size(), header.size()));
          continue;
        }
        List<String> padded = new ArrayList<>(cells);
        while (padded.size() < header.size()) {
          padded.add("");
        }
        rows.add(new Row(number, List.copyOf(padded)));
      }
    } catch (UncheckedIOException | IllegalStateException e) {
      String cause = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
      throw DataException.of(ProblemCode.BAD_FILE, fileName,
          "the file is not valid CSV (%s); check for a quote (\") that is opened but never closed".formatted(cause));
    }
    if (header == null) {
      throw DataException.of(ProblemCode.EMPTY_INPUT, fileName,
          "the file is empty; it needs a header row and at least one data row");
    }
    checkHeader(header, problems);
    return new CsvTable(fileName, header, List.copyOf(rows));
  }

  private static void checkHeader(List<String> header, Problems problems) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      if (name.isEmpty()) {
        problems.add(ProblemCode.BAD_FILE, problems.fileName() + " row 1 column " + (i + 1),
            "the header cell is empty; give the column a name or delete it");
        continue;
      }
      Integer before = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
      if (before != null) {
        problems.add(ProblemCode.BAD_FILE, problems.fileName() + " row 1 column " + name,
            "column '%s' appears twice (columns %d and %d); keep one of them".formatted(name, before + 1, i + 1));
      }
    }
  }

  private static String decode(String fileName, byte[] bytes) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw DataException.of(ProblemCode.BAD_FILE, fileName,
          "the file is not UTF-8 text (GBK or another encoding?); save it as \"CSV UTF-8\" and read it again");
    }
  }

  /** Returns the position of a column (case-insensitive), or −1. */
  int column(String name) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  /** Returns whether the table has this column (case-insensitive). */
  boolean has(String name) {
    return column(name) >= 0;
  }
}
