package org.ipindex.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ipindex.io.NumberText;

/**
 * Tables as CSV downloads: UTF-8 with a byte-order mark (so that Excel reads the Chinese names),
 * numbers exact ({@link NumberText}: they parse back to the same double; missing = empty cell), and
 * every text cell that starts with {@code = + - @}, a tab or a carriage return prefixed with
 * {@code '}, so that opening a download in a spreadsheet can never run a formula. Number cells are
 * numbers the server wrote and are left as they are.
 */
final class Csv {
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private Csv() {}

  /** Returns the CSV of a header and rows; a cell is a {@link Number} (or null) or text. */
  static byte[] table(List<String> header, List<? extends List<?>> rows) {
    StringWriter out = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(out, FORMAT)) {
      p.printRecord(header.stream().map(Csv::text).toList());
      List<String> cells = new ArrayList<>();
      for (List<?> row : rows) {
        cells.clear();
        for (Object cell : row) {
          cells.add(cell(cell));
        }
        p.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[BOM.length + text.length];
    System.arraycopy(BOM, 0, all, 0, BOM.length);
    System.arraycopy(text, 0, all, BOM.length, text.length);
    return all;
  }

  private static String cell(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof Double d) {
      return NumberText.of(d);
    }
    if (cell instanceof Integer || cell instanceof Long) {
      return cell.toString();
    }
    if (cell instanceof Number n) {
      return NumberText.of(n.doubleValue());
    }
    return text(cell.toString());
  }

  /** Returns text that a spreadsheet shows as text: with a leading {@code '} where it would start a formula. */
  static String text(String s) {
    if (s.isEmpty()) {
      return s;
    }
    char c = s.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
  }
}
