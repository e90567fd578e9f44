package org.ipindex.io.analysis;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ipindex.io.AtomicFiles;
import org.ipindex.io.NumberText;

/**
 * Writes analysis tables ({@link AnalysisTables}) as CSV, JSON or XLSX; every file is written
 * atomically (to a temporary name, then moved).
 *
 * <ul>
 *   <li><b>CSV</b> — the first table to the file named, each other table next to it as
 *       {@code NAME-TABLE.csv} ({@code out/ua.csv}, {@code out/ua-runs.csv}…); UTF-8 with a byte-order
 *       mark (for Excel), numbers as {@link NumberText#of} writes them, missing values empty, text that
 *       a spreadsheet would run as a formula prefixed with {@code '};
 *   <li><b>JSON</b> — one object: the {@code about} entries, then {@code "tables": {"NAME": [{column:
 *       value, …}, …]}}, missing numbers as {@code null} (what the dashboard's rank-interval chart reads);
 *   <li><b>XLSX</b> — a sheet {@code about}, then one sheet per table, header bold and frozen.
 * </ul>
 *
 * <p>Example: {@code AnalysisWriterTest#writes_every_table_in_every_format}.
 */
public final class AnalysisWriter {
  /** The formats written. */
  public static final List<String> FORMATS = List.of("csv", "json", "xlsx");

  private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
  private static final JsonFactory JSON = new JsonFactory();
  private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
  private static final int MAX_COLUMNS = SpreadsheetVersion.EXCEL2007.getMaxColumns();

  private AnalysisWriter() {}

  /**
   * Writes the tables in a format ({@code csv}, {@code json}, {@code xlsx}) and returns the files
   * written, creating folders as needed.
   *
   * @throws IllegalArgumentException for another format, or a table too large for a sheet
   */
  public static List<Path> write(String format, Map<String, Object> about, List<Table> tables, Path file)
      throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    switch (format) {
      case "csv" -> {
        return csv(tables, file);
      }
      case "json" -> AtomicFiles.write(file, out -> json(about, tables, out));
      case "xlsx" -> AtomicFiles.write(file, out -> xlsx(about, tables, out));
      default -> throw new IllegalArgumentException("unknown format '%s'; use one of %s".formatted(format, FORMATS));
    }
    return List.of(file);
  }

  /** Returns the file a CSV table other than the first goes to: {@code ua.csv} → {@code ua-runs.csv}. */
  public static Path companion(Path main, String table) {
    String name = main.getFileName().toString();
    String stem = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
    return main.resolveSibling(stem + "-" + table + ".csv");
  }

  private static List<Path> csv(List<Table> tables, Path main) throws IOException {
    List<Path> written = new ArrayList<>();
    for (int t = 0; t < tables.size(); t++) {
      Table table = tables.get(t);
      Path file = t == 0 ? main : companion(main, table.name());
      AtomicFiles.writeText(file, out -> {
        out.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(out, CSV);
        printer.printRecord(table.columns());
        List<String> cells = new ArrayList<>(table.columns().size());
        for (List<Object> row : table.rows()) {
          cells.clear();
          for (Object cell : row) {
            cells.add(text(cell));
          }
          printer.printRecord(cells);
        }
        printer.flush();
      });
      written.add(file);
    }
    return written;
  }

  private static String text(Object cell) {
    if (Table.missing(cell)) {
      return "";
    }
    if (cell instanceof Double d) {
      return NumberText.of(d);
    }
    if (cell instanceof Number n) {
      return n.toString();
    }
    String s = cell.toString();
    if (!s.isEmpty()) {
      char c = s.charAt(0);
      if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
        return "'" + s;
      }
    }
    return s;
  }

  private static void json(Map<String, Object> about, List<Table> tables, OutputStream out) throws IOException {
    try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      for (Map.Entry<String, Object> e : about.entrySet()) {
        g.writeFieldName(e.getKey());
        value(g, e.getValue());
      }
      g.writeObjectFieldStart("tables");
      for (Table t : tables) {
        g.writeArrayFieldStart(t.name());
        for (List<Object> row : t.rows()) {
          g.writeStartObject();
          for (int c = 0; c < row.size(); c++) {
            g.writeFieldName(t.columns().get(c));
            value(g, row.get(c));
          }
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeEndObject();
    }
  }

  private static void value(JsonGenerator g, Object v) throws IOException {
    if (Table.missing(v) || (v instanceof Double d && d.isInfinite())) {
      g.writeNull();
    } else if (v instanceof Integer i) {
      g.writeNumber(i);
    } else if (v instanceof Long l) {
      g.writeNumber(l);
    } else if (v instanceof Number n) {
      g.writeNumber(n.doubleValue());
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Map<?, ?> m) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        value(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof List<?> l) {
      g.writeStartArray();
      for (Object x : l) {
        value(g, x);
      }
      g.writeEndArray();
    } else {
      g.writeString(String.valueOf(v));
    }
  }

  private static void xlsx(Map<String, Object> about, List<Table> tables, OutputStream out) throws IOException {
    for (Table t : tables) {
      if (t.rows().size() + 1 > MAX_ROWS || t.columns().size() > MAX_COLUMNS) {
        throw new IllegalArgumentException(
            "table %s (%d rows, %d columns) does not fit in an Excel sheet; write CSV instead"
            .formatted(t.name(), t.rows().size(), t.columns().size()));
      }
    }
    try (SXSSFWorkbook book = new SXSSFWorkbook(new XSSFWorkbook(), 500)) {
      book.setCompressTempFiles(true);
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      Sheet info = book.createSheet("about");
      int r = 0;
      for (Map.Entry<String, Object> e : about.entrySet()) {
        Row row = info.createRow(r++);
        row.createCell(0).setCellValue(e.getKey());
        row.getCell(0).setCellStyle(bold);
        row.createCell(1).setCellValue(String.valueOf(e.getValue()));
      }
      info.setColumnWidth(0, 256 * 20);
      info.setColumnWidth(1, 256 * 80);
      for (Table t : tables) {
        Sheet sheet = book.createSheet(t.name().length() > 31 ? t.name().substring(0, 31) : t.name());
        Row head = sheet.createRow(0);
        for (int c = 0; c < t.columns().size(); c++) {
          head.createCell(c).setCellValue(t.columns().get(c));
          head.getCell(c).setCellStyle(bold);
          sheet.setColumnWidth(c, 256 * Math.min(40, Math.max(10, t.columns().get(c).length() + 2)));
        }
        int k = 1;
        for (List<Object> values : t.rows()) {
          Row row = sheet.createRow(k++);
          for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            if (Table.missing(v)) {
              continue;
            }
            if (v instanceof Number n && Double.isFinite(n.doubleValue())) {
              row.createCell(c).setCellValue(n.doubleValue());
            } else {
              row.createCell(c).setCellValue(String.valueOf(v));
            }
          }
        }
        sheet.createFreezePane(1, 1);
      }
      book.write(out);
    }
  }
}
