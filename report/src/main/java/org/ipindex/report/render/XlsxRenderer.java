package org.ipindex.report.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ipindex.report.model.Cell;
import org.ipindex.report.model.Column;
import org.ipindex.report.model.Document;
import org.ipindex.report.model.Figure;
import org.ipindex.report.model.Paragraph;
import org.ipindex.report.model.Table;

/**
 * Writes the report's numbers as an Excel workbook: a contents sheet (the title, what the report is
 * built from, and a link to every sheet), then one sheet per table and one per chart with the numbers
 * it draws, named by their ids ({@code T3-1}, {@code F3-2}). Numbers are numeric cells holding the
 * exact values (formatted with the decimals the report prints; shares as percentages); "no data" is
 * text, never 0; a cell's note is a comment and, with its mark, a line under the table.
 */
public final class XlsxRenderer {
  private static final int MAX_WIDTH = 60;

  private final Document doc;
  private final XSSFWorkbook book;
  private final XSSFCellStyle bold;
  private final XSSFCellStyle header;
  private final Map<String, XSSFCellStyle> numberStyles = new HashMap<>();

  private XlsxRenderer(Document doc, XSSFWorkbook book) {
    this.doc = doc;
    this.book = book;
    Font b = book.createFont();
    b.setBold(true);
    this.bold = book.createCellStyle();
    bold.setFont(b);
    this.header = book.createCellStyle();
    header.setFont(b);
    header.setWrapText(true);
  }

  /** Writes the workbook to {@code out} (not closed). */
  public static void write(Document doc, OutputStream out) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      new XlsxRenderer(doc, book).build();
      book.write(out);
    }
  }

  private void build() {
    XSSFSheet contents = book.createSheet(doc.lang().pick("目录", "Contents"));
    int r = 0;
    text(contents.createRow(r++), 0, doc.title(), bold);
    text(contents.createRow(r++), 0, doc.subtitle(), null);
    for (Paragraph p : doc.front()) {
      text(contents.createRow(r++), 0, p.text(), null);
    }
    r++;
    Row head = contents.createRow(r++);
    text(head, 0, doc.lang().pick("工作表", "Sheet"), bold);
    text(head, 1, doc.lang().pick("内容", "Content"), bold);
    CreationHelper helper = book.getCreationHelper();
    List<Table> ordered = new ArrayList<>();
    doc.visit(b -> {
      if (b instanceof Table t) {
        ordered.add(t);
      } else if (b instanceof Figure f) {
        ordered.add(f.data());
      }
    });
    for (Table t : ordered) {
      Row row = contents.createRow(r++);
      text(row, 0, t.id(), null);
      text(row, 1, t.caption(), null);
      Hyperlink link = helper.createHyperlink(HyperlinkType.DOCUMENT);
      link.setAddress("'" + t.id() + "'!A1");
      row.getCell(0).setHyperlink(link);
      sheet(t);
    }
    contents.setColumnWidth(0, 12 * 256);
    contents.setColumnWidth(1, 90 * 256);
  }

  private void sheet(Table t) {
    XSSFSheet sheet = book.createSheet(t.id());
    CellNotes notes = new CellNotes(t);
    text(sheet.createRow(0), 0, t.caption(), bold);
    boolean grouped = t.columns().stream().anyMatch(Column::grouped);
    int first = grouped ? 3 : 2;
    Row groups = grouped ? sheet.createRow(1) : null;
    Row head = sheet.createRow(first - 1);
    int[] widths = new int[t.columns().size()];
    for (int i = 0; i < t.columns().size(); i++) {
      Column c = t.columns().get(i);
      text(head, i, grouped ? c.ownLabel() : c.label(), header);
      widths[i] = Math.max(width(c.zh()), width(c.en()));
      if (grouped && (i == 0 || !t.columns().get(i - 1).sameGroup(c))) {
        text(groups, i, c.grouped() ? c.groupLabel() : "", header);
        int span = 1;
        while (c.grouped() && i + span < t.columns().size() && t.columns().get(i + span).sameGroup(c)) {
          span++;
        }
        if (span > 1) {
          sheet.addMergedRegion(new CellRangeAddress(1, 1, i, i + span - 1));
        }
      }
    }
    sheet.createFreezePane(0, first);
    Drawing<?> drawing = null;
    CreationHelper helper = book.getCreationHelper();
    int r = first;
    for (List<Cell> cells : t.rows()) {
      Row row = sheet.createRow(r);
      for (int i = 0; i < cells.size(); i++) {
        Cell c = cells.get(i);
        org.apache.poi.ss.usermodel.Cell x = row.createCell(i);
        if (c.isNumber()) {
          x.setCellValue(c.value());
          x.setCellStyle(numberStyle(c));
        } else {
          x.setCellValue(c.text());
        }
        widths[i] = Math.max(widths[i], width(c.text()) + (c.note().isEmpty() ? 0 : 2));
        if (!c.note().isEmpty()) {
          if (drawing == null) {
            drawing = sheet.createDrawingPatriarch();
          }
          ClientAnchor anchor = helper.createClientAnchor();
          anchor.setCol1(i);
          anchor.setCol2(i + 4);
          anchor.setRow1(r);
          anchor.setRow2(r + 4);
          Comment comment = drawing.createCellComment(anchor);
          comment.setString(helper.createRichTextString(notes.mark(c) + " " + c.note()));
          comment.setAuthor("ipindex");
          x.setCellComment(comment);
        }
      }
      r++;
    }
    List<String> lines = new ArrayList<>(t.notes());
    lines.addAll(notes.lines());
    r++;
    for (String l : lines) {
      text(sheet.createRow(r++), 0, l, null);
    }
    for (int i = 0; i < widths.length; i++) {
      sheet.setColumnWidth(i, Math.min(MAX_WIDTH, Math.max(6, widths[i] + 2)) * 256);
    }
  }

  private XSSFCellStyle numberStyle(Cell c) {
    StringBuilder format = new StringBuilder("0");
    if (c.decimals() > 0) {
      format.append('.').append("0".repeat(c.decimals()));
    }
    if (c.percent()) {
      format.append('%');
    }
    return numberStyles.computeIfAbsent(format.toString(), f -> {
      XSSFCellStyle s = book.createCellStyle();
      s.setDataFormat(book.createDataFormat().getFormat(f));
      return s;
    });
  }

  private static void text(Row row, int column, String value, XSSFCellStyle style) {
    org.apache.poi.ss.usermodel.Cell c = row.createCell(column);
    c.setCellValue(value);
    if (style != null) {
      c.setCellStyle(style);
    }
  }

  /** Returns a text's width in characters, CJK counted double. */
  private static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); i++) {
      w += s.charAt(i) >= 0x2E80 ? 2 : 1;
    }
    return w;
  }
}
