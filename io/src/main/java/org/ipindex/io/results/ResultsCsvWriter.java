package org.ipindex.io.results;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ipindex.core.result.ResultRow;
import org.ipindex.core.result.Results;
import org.ipindex.io.AtomicFiles;
import org.ipindex.io.NumberText;

/**
 * Writes results as the long CSV table: one row per year, node (framework order) and unit, with
 * the columns {@code unit, unit_name, year, evaluation_year, code, level, name_zh, name_en, score,
 * rank, change, change_pct, coverage}.
 *
 * <p>Numbers are written by {@link NumberText#of}: they parse back to exactly the same doubles and
 * never depend on the default locale; a missing value is an empty cell. Text cells that start with
 * {@code = + - @}, a tab or a carriage return get a leading {@code '} so that a spreadsheet does not
 * run them as formulas; number cells are never changed. Lines end with {@code \n}.
 *
 * <p>Example: {@code ResultsCsvWriterTest#numbers_parse_back_to_the_same_doubles}.
 */
public final class ResultsCsvWriter {
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

  private ResultsCsvWriter() {}

  /** Writes the table to a writer (not closed here). */
  public static void write(Results results, Writer out) throws IOException {
    CSVPrinter printer = new CSVPrinter(out, FORMAT);
    printer.printRecord(ResultColumns.NAMES);
    List<String> row = new ArrayList<>(ResultColumns.NAMES.size());
    for (ResultRow r : results.rows()) {
      row.clear();
      row.addAll(ResultColumns.cells(results, r));
      for (int c : ResultColumns.TEXT) {
        row.set(c, guard(row.get(c)));
      }
      printer.printRecord(row);
    }
    printer.flush();
  }

  /** Writes the table to a UTF-8 file atomically, without a byte-order mark. */
  public static void write(Results results, Path file) throws IOException {
    write(results, file, false);
  }

  /**
   * Writes the table to a UTF-8 file atomically; with {@code byteOrderMark} the file starts with
   * U+FEFF, which Excel needs to open UTF-8 (Chinese names) correctly.
   */
  public static void write(Results results, Path file, boolean byteOrderMark) throws IOException {
    AtomicFiles.writeText(file, out -> {
      if (byteOrderMark) {
        out.write('\uFEFF');
      }
      write(results, out);
    });
  }

  /** Returns text prefixed with {@code '} if a spreadsheet would read it as a formula. */
  static String guard(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char c = text.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
  }
}
