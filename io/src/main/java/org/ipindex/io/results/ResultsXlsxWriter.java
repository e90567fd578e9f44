package org.ipindex.io.results;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ipindex.core.model.Node;
import org.ipindex.core.result.ResultRow;
import org.ipindex.core.result.Results;
import org.ipindex.io.AtomicFiles;

/**
 * Writes results as an Excel workbook (.xlsx) with two sheets: {@code results}, the long table of
 * {@link ResultsCsvWriter} with numbers as numeric cells, and {@code scores}, one row per year and
 * unit with one score column per node (framework order). Header rows are bold and frozen, column
 * widths fit the content (CJK counted double). Missing values are empty cells; text is stored as
 * text cells, which Excel never evaluates as formulas. Streams rows (POI SXSSF), so memory stays
 * small for large results; closing the workbook deletes its temporary files.
 *
 * <p>Example: {@code ResultsXlsxWriterTest#writes_numeric_cells_and_a_frozen_bold_header}.
 */
public final class ResultsXlsxWriter {
  private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
  private static final int MAX_WIDTH = 60;

  private ResultsXlsxWriter() {}

  /** Writes the workbook to a stream (not closed here). */
  public static void write(Results results, OutputStream out) throws IOException {
    List<ResultRow> rows = results.rows();
    int wideRows = results.units().size() * results.years().length;
    if (rows.size() + 1 > MAX_ROWS || wideRows + 1 > MAX_ROWS) {
      throw new IllegalArgumentException("%d result rows do not fit in an Excel sheet (at most %d); write CSV instead"
          .formatted(rows.size(), MAX_ROWS - 1));
    }
    try (SXSSFWorkbook book = new SXSSFWorkbook(new XSSFWorkbook(), 500)) {
      book.setCompressTempFiles(true);
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      longSheet(book, bold, results, rows);
      wideSheet(book, bold, results);
      book.write(out);
    }
  }

  /** Writes the workbook to a file atomically. */
  public static void write(Results results, Path file) throws IOException {
    AtomicFiles.write(file, out -> write(results, out));
  }

  private static void longSheet(Workbook book, CellStyle bold, Results results, List<ResultRow> rows) {
    Sheet sheet = book.createSheet("results");
    int[] widths = header(sheet, bold, ResultColumns.NAMES);
    int r = 1;
    for (ResultRow row : rows) {
      Row out = sheet.createRow(r++);
      List<String> text = ResultColumns.cells(results, row);
      double[] numbers = ResultColumns.numbers(row);
      for (int c = 0; c < text.size(); c++) {
        if (ResultColumns.TEXT.contains(c)) {
          out.createCell(c).setCellValue(text.get(c));
        } else if (!Double.isNaN(numbers[c])) {
          out.createCell(c).setCellValue(numbers[c]);
        }
        widths[c] = Math.max(widths[c], DisplayWidth.of(text.get(c)));
      }
    }
    finish(sheet, widths, 1);
  }

  private static void wideSheet(Workbook book, CellStyle bold, Results results) {
    Sheet sheet = book.createSheet("scores");
    List<Node> nodes = results.framework().nodes().stream()
        .filter(n -> results.scores().hasSeries(n.code())).toList();
    List<String> names = new java.util.ArrayList<>(List.of("unit", "unit_name", "year", "evaluation_year"));
    nodes.forEach(n -> names.add(n.code()));
    int[] widths = header(sheet, bold, names);
    int r = 1;
    for (int year : results.years()) {
      for (String unit : results.units()) {
        Row out = sheet.createRow(r++);
        String unitName = results.scores().unitName(unit);
        out.createCell(0).setCellValue(unit);
        out.createCell(1).setCellValue(unitName);
        out.createCell(2).setCellValue(year);
        out.createCell(3).setCellValue(year + results.evaluationYearOffset());
        widths[0] = Math.max(widths[0], DisplayWidth.of(unit));
        widths[1] = Math.max(widths[1], DisplayWidth.of(unitName));
        for (int c = 0; c < nodes.size(); c++) {
          double score = results.score(unit, nodes.get(c).code(), year);
          if (!Double.isNaN(score)) {
            out.createCell(c + 4).setCellValue(score);
            widths[c + 4] = Math.max(widths[c + 4], Math.min(18, Double.toString(score).length()));
          }
        }
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
      widths[c] = DisplayWidth.of(names.get(c));
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
