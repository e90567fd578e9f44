package org.ipindex.core.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file as COINr's reference results are written (see {@code coinr/README}): comma separated,
 * fields optionally in double quotes (a doubled quote inside is one quote), a header row, an empty
 * field for a missing value. Test-only; the product reads files in {@code io}.
 *
 * @param header the column names
 * @param rows the data rows, each as long as the header
 */
public record CoinrCsv(List<String> header, List<String[]> rows) {
  public CoinrCsv {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  /** Returns the file at this classpath location, e.g. {@code "/coinr/data/ASEM_iData.csv"}. */
  public static CoinrCsv resource(String name) {
    try (InputStream in = CoinrCsv.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the table in {@code text}. */
  public static CoinrCsv parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int start = text.startsWith("\uFEFF") ? 1 : 0;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    if (field.length() > 0 || !record.isEmpty()) {
      record.add(field.toString());
      records.add(record);
    }
    if (records.isEmpty()) {
      throw new IllegalArgumentException("CSV text has no header row");
    }
    List<String> header = records.get(0);
    List<String[]> rows = new ArrayList<>();
    for (int r = 1; r < records.size(); r++) {
      List<String> row = records.get(r);
      if (row.size() != header.size()) {
        throw new IllegalArgumentException("CSV row %d has %d fields, the header %d"
            .formatted(r + 1, row.size(), header.size()));
      }
      rows.add(row.toArray(String[]::new));
    }
    return new CoinrCsv(header, rows);
  }

  /** Returns the position of the named column. */
  public int column(String name) {
    int c = header.indexOf(name);
    if (c < 0) {
      throw new IllegalArgumentException("no column '%s' in %s".formatted(name, header));
    }
    return c;
  }

  /** Returns a field as a number: NaN for an empty field or R's {@code NA}. */
  public static double number(String field) {
    String s = field.trim();
    return s.isEmpty() || s.equals("NA") ? Double.NaN : Double.parseDouble(s);
  }
}
