package org.ipindex.io.ingest.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds the annual-report fixtures {@code cnipa/tables-1-6.xlsx} (one sheet a table, merged year
 * headers, bold totals) and {@code cnipa/tables-1-6.csv} (the six tables one after another, as a
 * CSV export of the appendix) from the tidy extract {@code cnipa/tables-1-6.tidy.csv}, in the
 * printed shape: title, unit line, two header rows, rows in printed order, and a continuation
 * ("(续表)" and the header again) wherever the printed table breaks a page. Not a test: run
 * {@code main} with the resources folder to regenerate the committed files.
 */
public final class AnnualReportFixture {
  static final Map<String, String> TITLES = Map.of(
      "1", "分地区国内专利申请年度状况（2023年、2024年）",
      "2", "分国别（地区）国外在华专利申请年度状况（2023年、2024年）",
      "3", "分地区国内专利授权年度状况（2023年、2024年）",
      "4", "分国别（地区）国外在华专利授权年度状况（2023年、2024年）",
      "5", "分地区国内有效专利状况",
      "6", "分国别（地区）国外在华有效专利状况");
  private static final List<String> PARTS = List.of("total", "invention", "utility_model", "design");
  private static final List<String> PART_NAMES = List.of("合计", "发明", "实用新型", "外观设计");

  private AnnualReportFixture() {}

  /** One printed line of a table: a title, unit, header, continuation, blank or data row. */
  record Line(List<Object> cells, boolean bold, boolean yearHeader, boolean title) {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "io/src/test/resources/ingest/cnipa");
    Map<String, List<Line>> tables = tables(Files.newInputStream(dir.resolve("tables-1-6.tidy.csv")));
    writeXlsx(tables, dir.resolve("tables-1-6.xlsx"));
    writeCsv(tables, dir.resolve("tables-1-6.csv"));
  }

  static Map<String, List<Line>> tables(InputStream tidy) throws IOException {
    Map<String, TreeMap<Integer, List<CSVRecord>>> byTable = new TreeMap<>();
    try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new java.io.InputStreamReader(tidy, StandardCharsets.UTF_8))) {
      for (CSVRecord r : parser) {
        byTable.computeIfAbsent(r.get("table_no"), k -> new TreeMap<>())
            .computeIfAbsent(Integer.parseInt(r.get("row_order")), k -> new ArrayList<>()).add(r);
      }
    }
    Map<String, List<Line>> out = new TreeMap<>();
    byTable.forEach((table, rows) -> {
      List<Line> lines = new ArrayList<>();
      boolean foreign = table.equals("2") || table.equals("4") || table.equals("6");
      boolean stock = table.equals("5") || table.equals("6");
      lines.add(new Line(List.of("表 " + table + " " + TITLES.get(table)), false, false, true));
      lines.add(new Line(List.of("单位：件"), false, false, false));
      List<Line> header = header(foreign ? "国家和地区" : "地区", stock);
      lines.addAll(header);
      int lastSource = -1;
      for (List<CSVRecord> row : rows.values()) {
        int source = Integer.parseInt(row.get(0).get("source_line"));
        if (lastSource >= 0 && source > lastSource + 1) {
          lines.add(new Line(List.of("(续表)"), false, false, false));
          lines.addAll(header);
        }
        lastSource = source;
        CSVRecord first = row.get(0);
        String type = first.get("region_type");
        String label = type.equals("city") || type.equals("corps") ? "(" + first.get("region_zh") + ")" : first.get("region_zh");
        List<Object> cells = new ArrayList<>();
        cells.add(label);
        for (String year : List.of("2023", "2024")) {
          for (String part : PARTS) {
            String v = row.stream().filter(r -> r.get("year").equals(year) && r.get("ip_type").equals(part))
                .map(r -> r.get("value")).findFirst().orElseThrow();
            cells.add(Long.parseLong(v));
          }
        }
        lines.add(new Line(cells, first.get("printed_bold").equals("yes"), false, false));
      }
      out.put(table, lines);
    });
    return out;
  }

  private static List<Line> header(String first, boolean stock) {
    List<Object> top = new ArrayList<>(List.of(first));
    for (String year : List.of("2023", "2024")) {
      top.add(stock ? "截至 " + year + " 年年底" : year + " 年");
      top.add("");
      top.add("");
      top.add("");
    }
    List<Object> sub = new ArrayList<>(List.of(""));
    sub.addAll(PART_NAMES);
    sub.addAll(PART_NAMES);
    return List.of(new Line(top, false, true, false), new Line(sub, false, false, false));
  }

  static void writeXlsx(Map<String, List<Line>> tables, Path file) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      for (Map.Entry<String, List<Line>> t : tables.entrySet()) {
        XSSFSheet sheet = book.createSheet("表" + t.getKey());
        int r = 0;
        for (Line line : t.getValue()) {
          XSSFRow row = sheet.createRow(r);
          for (int c = 0; c < line.cells().size(); c++) {
            Object v = line.cells().get(c);
            if (v instanceof String s && s.isEmpty()) {
              continue;
            }
            XSSFCell cell = row.createCell(c);
            if (v instanceof Long n) {
              cell.setCellValue(n);
            } else {
              cell.setCellValue((String) v);
            }
            if (line.bold()) {
              cell.setCellStyle(bold);
            }
          }
          if (line.title()) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 8));
          }
          if (line.yearHeader()) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, 1, 4));
            sheet.addMergedRegion(new CellRangeAddress(r, r, 5, 8));
          }
          r++;
        }
      }
      book.write(out);
    }
  }

  static void writeCsv(Map<String, List<Line>> tables, Path file) throws IOException {
    try (CSVPrinter p = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
        CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
      boolean firstTable = true;
      for (List<Line> lines : tables.values()) {
        if (!firstTable) {
          p.println();
        }
        firstTable = false;
        for (Line line : lines) {
          List<Object> cells = new ArrayList<>(line.cells());
          while (cells.size() < 9) {
            cells.add("");
          }
          p.printRecord(cells);
        }
      }
    }
  }
}
