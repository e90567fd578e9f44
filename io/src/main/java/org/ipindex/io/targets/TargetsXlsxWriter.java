package org.ipindex.io.targets;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ipindex.core.target.ProgressRow;
import org.ipindex.core.target.ProgressTable;
import org.ipindex.io.AtomicFiles;

/**
 * Writes a progress table as an Excel workbook (.xlsx) with two sheets: {@code targets}, the columns
 * of {@link TargetColumns} with numbers as numeric cells, and {@code observed}, one row per target with
 * the observed values by year (the table of chapter 1). Header rows are bold and frozen; column widths
 * fit the content (CJK counted double, at most 60). Missing values are empty cells; text is stored as
 * text cells, which Excel never evaluates as formulas.
 *
 * <p>Example: {@code TargetsWritersTest#writes_xlsx_with_numeric_cells_and_the_observed_values}.
 */
public final class TargetsXlsxWriter {
  private static final int MAX_WIDTH = 60;

  private TargetsXlsxWriter() {}

  /** Writes the workbook to a stream (not closed here). */
  public static void write(ProgressTable table, OutputStream out) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      targets(book.createSheet("targets"), bold, table);
      observed(book.createSheet("observed"), bold, table);
      book.write(out);
    }
  }

  /** Writes the workbook to a file atomically. */
  public static void write(ProgressTable table, Path file) throws IOException {
    AtomicFiles.write(file, out -> write(table, out));
  }

  private static void targets(Sheet sheet, CellStyle bold, ProgressTable table) {
    int[] widths = header(sheet, bold, TargetColumns.NAMES);
    for (int i = 0; i < table.rows().size(); i++) {
      Row out = sheet.createRow(i + 1);
      List<String> text = TargetColumns.cells(table, i);
      double[] numbers = TargetColumns.numbers(table, i);
      for (int c = 0; c < text.size(); c++) {
        if (!TargetColumns.NUMBERS.contains(c)) {
          out.createCell(c).setCellValue(text.get(c));
        } else if (!Double.isNaN(numbers[c])) {
          out.createCell(c).setCellValue(numbers[c]);
        }
        widths[c] = Math.max(widths[c], TargetColumns.width(text.get(c)));
      }
    }
    finish(sheet, widths, 4);
  }

  private static void observed(Sheet sheet, CellStyle bold, ProgressTable table) {
    int[] years = table.years();
    List<String> names = new ArrayList<>(List.of("code", "name_zh", "unit_zh"));
    for (int y : years) {
      names.add(Integer.toString(y));
    }
    names.add("target_year");
    names.add("target_value");
    int[] widths = header(sheet, bold, names);
    int r = 1;
    for (ProgressRow row : table.rows()) {
      Row out = sheet.createRow(r++);
      String[] text = {row.target().indicatorCode(), row.target().nameZh(), row.target().unitZh()};
      for (int c = 0; c < text.length; c++) {
        out.createCell(c).setCellValue(text[c]);
        widths[c] = Math.max(widths[c], TargetColumns.width(text[c]));
      }
      for (Map.Entry<Integer, Double> e : row.observed().entrySet()) {
        int c = 3 + e.getKey() - years[0];
        if (c >= 3 && c < 3 + years.length) {
          out.createCell(c).setCellValue(e.getValue());
        }
      }
      out.createCell(3 + years.length).setCellValue(row.target().targetYear());
      if (row.target().hasTarget()) {
        out.createCell(4 + years.length).setCellValue(row.target().targetValue());
      }
    }
    finish(sheet, widths, 2);
  }

  private static int[] header(Sheet sheet, CellStyle bold, List<String> names) {
    Row head = sheet.createRow(0);
    int[] widths = new int[names.size()];
    for (int c = 0; c < names.size(); c++) {
      head.createCell(c).setCellValue(names.get(c));
      head.getCell(c).setCellStyle(bold);
      widths[c] = Math.max(8, TargetColumns.width(names.get(c)));
    }
    return widths;
  }

  private static void finish(Sheet sheet, int[] widths, int frozenColumns) {
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, 256 * (Math.min(widths[c], MAX_WIDTH) + 2));
    }
    sheet.createFreezePane(frozenColumns, 1);
  }
}
