package org.ipindex.io.ingest.layout;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ipindex.io.NumberText;
import org.ipindex.io.ingest.Issue;
import org.ipindex.io.ingest.IssueCode;
import org.ipindex.io.ingest.Location;
import org.ipindex.io.ingest.TextTable;

/** Reads CSV files and XLSX workbooks into {@link Grid}s. */
public final class Grids {
  private Grids() {}

  /** Returns whether a file name is that of an XLSX workbook ({@code .xlsx}, {@code .xlsm}). */
  public static boolean isWorkbook(String file) {
    String f = file.toLowerCase(Locale.ROOT);
    return f.endsWith(".xlsx") || f.endsWith(".xlsm");
  }

  /**
   * Reads every sheet of a workbook, or the one grid of a CSV file, told apart by the file name
   * (the stream is closed here). A file that cannot be read adds a BAD_FILE issue and gives no grid.
   */
  public static List<Grid> read(String file, InputStream in, List<Issue> issues) throws IOException {
    if (isWorkbook(file)) {
      return xlsx(file, in, issues);
    }
    TextTable t = TextTable.read(file, in, issues, false);
    List<Grid.Row> rows = t.rows().stream().map(l -> new Grid.Row(l.row(), l.cells())).toList();
    return List.of(new Grid(file, "", rows));
  }

  private static List<Grid> xlsx(String file, InputStream in, List<Issue> issues) throws IOException {
    List<Grid> out = new ArrayList<>();
    try (in; Workbook book = new XSSFWorkbook(in)) {
      for (Sheet sheet : book) {
        List<Grid.Row> rows = new ArrayList<>();
        for (Row row : sheet) {
          List<String> cells = new ArrayList<>();
          for (int c = 0; c < row.getLastCellNum(); c++) {
            cells.add(text(row.getCell(c)));
          }
          if (cells.stream().anyMatch(s -> !s.isEmpty())) {
            rows.add(new Grid.Row(row.getRowNum() + 1, cells));
          }
        }
        out.add(new Grid(file, sheet.getSheetName(), rows));
      }
    } catch (org.apache.poi.UnsupportedFileFormatException
        | org.apache.poi.ooxml.POIXMLException | org.apache.poi.EmptyFileException e) {
      issues.add(Issue.error(IssueCode.BAD_FILE, Location.of(file), "", "the file is not an XLSX workbook (" + e.getMessage() + ")",
          "save it from Excel or WPS as .xlsx, or export the sheet as CSV UTF-8"));
    }
    return out;
  }

  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    return switch (type) {
      case STRING -> cell.getStringCellValue().strip();
      case NUMERIC -> NumberText.of(cell.getNumericCellValue());
      case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      case ERROR -> "#ERROR";
      default -> "";
    };
  }
}
