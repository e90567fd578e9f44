package org.ipindex.io.targets;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ipindex.core.target.ProgressTable;
import org.ipindex.io.AtomicFiles;
import org.ipindex.io.NumberText;

/**
 * Writes a progress table as CSV, one row per target with the columns of {@link TargetColumns}.
 * Numbers are written by {@link NumberText#of}: they parse back to exactly the same doubles and never
 * depend on the default locale; a missing value is an empty cell. Text cells that start with
 * {@code = + - @}, a tab or a carriage return get a leading {@code '} so that a spreadsheet does not
 * run them as formulas. Lines end with {@code \n}.
 *
 * <p>Example: {@code TargetsWritersTest#writes_csv_that_parses_back_to_the_same_numbers}.
 */
public final class TargetsCsvWriter {
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

  private TargetsCsvWriter() {}

  /** Writes the table to a writer (not closed here). */
  public static void write(ProgressTable table, Writer out) throws IOException {
    CSVPrinter printer = new CSVPrinter(out, FORMAT);
    printer.printRecord(TargetColumns.NAMES);
    for (int i = 0; i < table.rows().size(); i++) {
      List<String> cells = new java.util.ArrayList<>(TargetColumns.cells(table, i));
      for (int c = 0; c < cells.size(); c++) {
        if (!TargetColumns.NUMBERS.contains(c)) {
          cells.set(c, guard(cells.get(c)));
        }
      }
      printer.printRecord(cells);
    }
    printer.flush();
  }

  /**
   * Writes the table to a UTF-8 file atomically; with {@code byteOrderMark} the file starts with
   * U+FEFF, which Excel needs to open UTF-8 (Chinese names) correctly.
   */
  public static void write(ProgressTable table, Path file, boolean byteOrderMark) throws IOException {
    AtomicFiles.writeText(file, out -> {
      if (byteOrderMark) {
        out.write('\uFEFF');
      }
      write(table, out);
    });
  }

  static String guard(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char c = text.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
  }
}
