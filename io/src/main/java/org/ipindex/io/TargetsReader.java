package org.ipindex.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.ProblemCode;
import org.ipindex.core.target.Observations;
import org.ipindex.core.target.Target;

/**
 * Reads plan targets and the values they are judged on, two CSV files (UTF-8, byte-order mark
 * tolerated):
 *
 * <ul>
 *   <li>targets, one row per target ({@link TargetsLayout}): {@code set, code, name_zh, name_en,
 *       unit_zh, unit_en, direction, comparison, baseline_year, baseline_value, target_year,
 *       target_value, ceiling, source, note, alt_baseline_value, alt_baseline_source,
 *       framework_code};
 *   <li>observed values, long: {@code indicator, year, value} and optional {@code source, note}.
 * </ul>
 *
 * Blank, {@code NA}, {@code —} and {@code -} mean missing. Every problem of a file (unknown or
 * missing columns, empty names, text in a number column, a target year not after its baseline year,
 * a value beyond the natural limit, an unknown comparison, unmatched alternative baselines, repeated
 * keys) is collected before one {@link DataException} is thrown; each names the file, row, column,
 * value and a fix.
 *
 * <p>Example: {@code TargetsReaderTest#reads_the_bundled_expected_indicators}.
 */
public final class TargetsReader {
  static final List<String> OBSERVED_REQUIRED = List.of("indicator", "year", "value");
  static final List<String> OBSERVED_COLUMNS = List.of("indicator", "year", "value", "source", "note");

  private TargetsReader() {}

  /** Reads a target file. */
  public static List<Target> targets(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return targets(file.getFileName().toString(), in);
    }
  }

  /**
   * Reads targets from a stream (not closed here); {@code fileName} names it in messages.
   *
   * @throws DataException listing every problem of the file
   */
  public static List<Target> targets(String fileName, InputStream in) throws IOException {
    Problems problems = new Problems(fileName);
    CsvTable table = CsvTable.read(fileName, in, problems);
    List<Target> targets = TargetsLayout.parse(table, problems);
    problems.throwIfAny();
    if (targets.isEmpty()) {
      throw DataException.of(ProblemCode.EMPTY_INPUT, fileName,
          "the file has a header but no targets; add one row per target "
              + "(set, code, name_zh, baseline_year, target_year …)");
    }
    return targets;
  }

  /** Reads a file of observed values. */
  public static Observations observed(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return observed(file.getFileName().toString(), in);
    }
  }

  /**
   * Reads observed values from a stream (not closed here); {@code fileName} names it in messages.
   * Rows whose value is missing are skipped.
   *
   * @throws DataException listing every problem of the file
   */
  public static Observations observed(String fileName, InputStream in) throws IOException {
    Map<String, Map<Integer, Double>> values = new LinkedHashMap<>();
    for (ObservedValue v : observedValues(fileName, in)) {
      values.computeIfAbsent(v.indicator(), k -> new TreeMap<>()).put(v.year(), v.value());
    }
    return Observations.of(values);
  }

  /**
   * Reads the rows of a file of observed values with their sources, in file order (stream not closed
   * here). Rows whose value is missing are skipped.
   *
   * @throws DataException listing every problem of the file
   */
  public static List<ObservedValue> observedValues(String fileName, InputStream in) throws IOException {
    Problems problems = new Problems(fileName);
    CsvTable table = CsvTable.read(fileName, in, problems);
    List<ObservedValue> values = new ArrayList<>();
    if (Columns.check(table, problems, OBSERVED_COLUMNS, OBSERVED_REQUIRED, "observed-values layout")) {
      Map<String, Integer> seen = new HashMap<>();
      int indicatorCol = table.column("indicator");
      int yearCol = table.column("year");
      int valueCol = table.column("value");
      int sourceCol = table.column("source");
      for (CsvTable.Row row : table.rows()) {
        int n = row.number();
        String indicator = row.cell(indicatorCol);
        if (indicator.isEmpty()) {
          problems.add(ProblemCode.BAD_VALUE, problems.at(n, "indicator"),
              "the indicator is empty; give the indicator's code as used in the target file");
        }
        Integer year = Cells.whole(row.cell(yearCol), problems, n, "year", "2023");
        double value = Cells.number(row.cell(valueCol), problems, n, "value", "(or NA) for a missing value");
        if (indicator.isEmpty() || year == null) {
          continue;
        }
        Integer first = seen.putIfAbsent(indicator + "\u0000" + year, n);
        if (first != null) {
          problems.add(ProblemCode.DUPLICATE_KEY, problems.at(n),
              "indicator '%s', year %d is also given in row %d; keep one of the two rows".formatted(indicator, year,
                  first));
        } else if (!Double.isNaN(value)) {
          values.add(new ObservedValue(indicator, year, value, sourceCol < 0 ? "" : row.cell(sourceCol)));
        }
      }
    }
    problems.throwIfAny();
    if (table.rows().isEmpty()) {
      throw DataException.of(ProblemCode.EMPTY_INPUT, fileName,
          "the file has a header but no values; add one row per indicator and year (indicator, year, value, source)");
    }
    return List.copyOf(values);
  }
}
