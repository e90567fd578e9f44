package org.ipindex.io.analysis;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ipindex.core.analysis.WeightSets;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Problem;
import org.ipindex.core.model.ProblemCode;

/**
 * Reads weight sets from CSV, one row per set and node: columns {@code set, code, weight}, or COINr's
 * {@code rep, iCode, Level, Weight} (as {@code get_noisy_weights} and case 09's
 * {@code 09_noisy_weights_100.csv} write them; {@code Level} is ignored). Column names are matched
 * ignoring case. Sets are labelled by their {@code set} value, in the order they first appear.
 *
 * <p>Example: {@code WeightSetsReaderTest#reads_coinr_noisy_weights}.
 */
public final class WeightSetsReader {
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
      .setIgnoreSurroundingSpaces(true).get();

  private WeightSetsReader() {}

  /**
   * Reads the weight sets of an input named {@code name}.
   *
   * @throws DataException listing every problem (missing columns, a weight that is not a number ≥ 0,
   *     a node given twice in a set)
   */
  public static WeightSets read(String name, String fileName, Reader in) throws IOException {
    List<Problem> problems = new ArrayList<>();
    Map<String, Map<String, Double>> sets = new LinkedHashMap<>();
    try (CSVParser parser = CSVParser.parse(in, FORMAT)) {
      Map<String, String> columns = new LinkedHashMap<>();
      for (String h : parser.getHeaderNames()) {
        columns.put(h.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT), h);
      }
      String set = first(columns, "set", "rep");
      String code = first(columns, "code", "icode");
      String weight = first(columns, "weight");
      if (set == null || code == null || weight == null) {
        throw DataException.of(ProblemCode.MISSING_COLUMN, fileName,
            "a weight-sets file needs the columns set, code, weight (or COINr's rep, iCode, Weight); it has %s"
                .formatted(parser.getHeaderNames()));
      }
      for (CSVRecord r : parser) {
        String where = "%s row %d".formatted(fileName, r.getRecordNumber() + 1);
        String s = r.get(set).trim();
        String c = r.get(code).trim();
        double w;
        try {
          w = Double.parseDouble(r.get(weight).trim());
        } catch (NumberFormatException e) {
          problems.add(new Problem(ProblemCode.BAD_NUMBER, where + " column " + weight,
              "'%s' is not a number; write the weight, e.g. 0.25".formatted(r.get(weight))));
          continue;
        }
        if (!(w >= 0) || Double.isInfinite(w)) {
          problems.add(new Problem(ProblemCode.BAD_VALUE, where + " column " + weight,
              "weight %s of '%s' must be a finite number >= 0".formatted(r.get(weight), c)));
          continue;
        }
        if (sets.computeIfAbsent(s, k -> new LinkedHashMap<>()).put(c, w) != null) {
          problems.add(new Problem(ProblemCode.DUPLICATE_KEY, where,
              "set '%s' gives '%s' a weight twice; keep one row".formatted(s, c)));
        }
      }
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      throw DataException.of(ProblemCode.BAD_FILE, fileName, "the weight-sets file cannot be read as CSV: "
          + e.getMessage());
    }
    if (!problems.isEmpty()) {
      throw new DataException(problems);
    }
    if (sets.isEmpty()) {
      throw DataException.of(ProblemCode.EMPTY_INPUT, fileName, "the weight-sets file has no rows");
    }
    return new WeightSets(name, new ArrayList<>(sets.values()), new ArrayList<>(sets.keySet()));
  }

  private static String first(Map<String, String> columns, String... names) {
    for (String n : names) {
      if (columns.containsKey(n)) {
        return columns.get(n);
      }
    }
    return null;
  }
}
