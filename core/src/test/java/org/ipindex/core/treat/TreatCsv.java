package org.ipindex.core.treat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the COINr reference CSV files: a header row, quoted or bare fields, empty = missing (null). */
final class TreatCsv {
  /** The root of the COINr test resources. */
  static final Path COINR = Path.of("src/test/resources/coinr");

  private TreatCsv() {}

  /** A CSV file: header and rows (fields null where empty). */
  record Table(List<String> header, List<String[]> rows) {
    int column(String name) {
      int i = header.indexOf(name);
      if (i < 0) {
        throw new IllegalArgumentException("no column '" + name + "' in " + header);
      }
      return i;
    }

    /** Returns the rows keyed by the value of the named column. */
    Map<String, String[]> byKey(String name) {
      int k = column(name);
      Map<String, String[]> m = new HashMap<>();
      for (String[] r : rows) {
        m.put(r[k], r);
      }
      return m;
    }
  }

  static Table read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String[]> rows = new ArrayList<>();
    for (String line : lines) {
      if (!line.isEmpty()) {
        rows.add(split(line));
      }
    }
    List<String> header = List.of(rows.remove(0));
    return new Table(header, rows);
  }

  static Table coinr(String relative) {
    return read(COINR.resolve(relative));
  }

  private static String[] split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          f.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(f.isEmpty() ? null : f.toString());
        f.setLength(0);
      } else {
        f.append(c);
      }
    }
    out.add(f.isEmpty() ? null : f.toString());
    return out.toArray(String[]::new);
  }

  /** Returns a number, NaN for a missing field. */
  static double number(String field) {
    return field == null ? Double.NaN : Double.parseDouble(field);
  }

  /** Returns a ";"-separated list of numbers, as in {@code 04_treat_vector_cases.csv}. */
  static double[] numbers(String field) {
    String[] parts = field.split(";");
    double[] out = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      out[i] = Double.parseDouble(parts[i]);
    }
    return out;
  }
}
