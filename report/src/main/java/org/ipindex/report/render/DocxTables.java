package org.ipindex.report.render;

import java.util.List;
import org.ipindex.report.model.Cell;
import org.ipindex.report.model.Column;
import org.ipindex.report.model.Table;

/**
 * Writes a table's WordprocessingML (the content of a {@code <w:tbl>}): full width, centred, borders, a shaded header
 * repeated on every page (two rows when columns are grouped, merged across the group and down the
 * ungrouped columns), numbers aligned right, rows kept whole, a cell's note mark as a red superscript.
 */
final class DocxTables {
  private static final String NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private DocxTables() {}

  static String xml(Table t, CellNotes notes) {
    List<Column> cols = t.columns();
    int size = (cols.size() > 9 ? 7 : 8) * 2;
    boolean grouped = cols.stream().anyMatch(Column::grouped);
    StringBuilder x = new StringBuilder(4096 + t.rows().size() * cols.size() * 160);
    // XMLBeans parses a type's content from the children of the root element: an xml-fragment.
    x.append("<xml-fragment xmlns:w=\"").append(NS).append("\"><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/>")
        .append("<w:jc w:val=\"center\"/><w:tblBorders>");
    for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
      x.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"8A9BB3\"/>");
    }
    x.append("</w:tblBorders><w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/>")
        .append("</w:tblCellMar></w:tblPr><w:tblGrid>");
    for (int i = 0; i < cols.size(); i++) {
      x.append("<w:gridCol/>");
    }
    x.append("</w:tblGrid>");
    x.append("<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>");
    for (int i = 0; i < cols.size(); i++) {
      Column c = cols.get(i);
      if (!grouped) {
        header(x, c.zh(), c.en(), size, "");
      } else if (!c.grouped()) {
        header(x, c.zh(), c.en(), size, "<w:vMerge w:val=\"restart\"/>");
      } else {
        boolean first = i == 0 || !cols.get(i - 1).sameGroup(c);
        header(x, first ? c.groupZh() : "", first ? c.groupEn() : "", size,
            first ? "<w:hMerge w:val=\"restart\"/>" : "<w:hMerge w:val=\"continue\"/>");
      }
    }
    x.append("</w:tr>");
    if (grouped) {
      x.append("<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>");
      for (Column c : cols) {
        if (c.grouped()) {
          header(x, c.zh(), c.en(), size, "");
        } else {
          header(x, "", "", size, "<w:vMerge/>");
        }
      }
      x.append("</w:tr>");
    }
    boolean[] numeric = new boolean[cols.size()];
    for (int i = 0; i < numeric.length; i++) {
      numeric[i] = CellNotes.numeric(t, i);
    }
    for (List<Cell> row : t.rows()) {
      x.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
      for (int i = 0; i < row.size(); i++) {
        Cell c = row.get(i);
        x.append("<w:tc><w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/>");
        if (numeric[i]) {
          x.append("<w:jc w:val=\"right\"/>");
        }
        x.append("</w:pPr>");
        run(x, c.text(), size, false, null, false);
        String mark = notes.mark(c);
        if (!mark.isEmpty()) {
          run(x, mark, size, false, "B03A2E", true);
        }
        x.append("</w:p></w:tc>");
      }
      x.append("</w:tr>");
    }
    return x.append("</xml-fragment>").toString();
  }

  private static void header(StringBuilder x, String zh, String en, int size, String merge) {
    x.append("<w:tc><w:tcPr>").append(merge).append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E9EFF7\"/>")
        .append("</w:tcPr><w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/><w:jc w:val=\"center\"/></w:pPr>");
    if (!zh.isEmpty()) {
      run(x, zh, size, true, null, false);
    }
    if (!en.isEmpty() && !en.equals(zh)) {
      x.append("<w:r><w:br/></w:r>");
      run(x, en, size - 2, false, "555555", false);
    }
    x.append("</w:p></w:tc>");
  }

  /** Writes a run; the properties in the order the schema requires (b, color, sz, szCs, vertAlign). */
  private static void run(StringBuilder x, String text, int size, boolean bold, String colour, boolean superscript) {
    x.append("<w:r><w:rPr>");
    if (bold) {
      x.append("<w:b/>");
    }
    if (colour != null) {
      x.append("<w:color w:val=\"").append(colour).append("\"/>");
    }
    x.append("<w:sz w:val=\"").append(size).append("\"/><w:szCs w:val=\"").append(size).append("\"/>");
    if (superscript) {
      x.append("<w:vertAlign w:val=\"superscript\"/>");
    }
    x.append("</w:rPr><w:t xml:space=\"preserve\">").append(HtmlRenderer.esc(text)).append("</w:t></w:r>");
  }
}
