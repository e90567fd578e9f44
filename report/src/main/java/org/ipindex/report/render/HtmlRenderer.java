package org.ipindex.report.render;

import java.util.List;
import org.ipindex.report.chart.Charts;
import org.ipindex.report.model.Block;
import org.ipindex.report.model.Cell;
import org.ipindex.report.model.Column;
import org.ipindex.report.model.Document;
import org.ipindex.report.model.Figure;
import org.ipindex.report.model.Inline;
import org.ipindex.report.model.Lang;
import org.ipindex.report.model.Paragraph;
import org.ipindex.report.model.Section;
import org.ipindex.report.model.Table;
import org.ipindex.report.model.Verbatim;

/**
 * Writes the report as one self-contained XHTML page: styles inline, charts as inline SVG, no
 * external resource. {@link Mode#SCREEN} is the web page (contents with links, footnotes at the end of
 * each chapter, each chart's numbers in a collapsible table); {@link Mode#PRINT} is the input of the
 * PDF (page numbers, contents with page numbers, footnotes at the foot of the page, each chart an
 * {@code <object>} the PDF renderer draws).
 */
public final class HtmlRenderer {
  /** What the page is for. */
  public enum Mode { SCREEN, PRINT }

  /** The type of the {@code <object>} a chart is in the print page ({@link PdfRenderer} draws it). */
  static final String CHART_TYPE = "application/x-ipindex-chart";
  /** Text columns whose cells are all at most this long are kept on one line (group names, regions). */
  private static final int BRIEF = 10;
  /** Tables of at most this many rows are kept on one page in print. */
  private static final int SHORT_TABLE = 45;

  private final Document doc;
  private final Mode mode;
  private final StringBuilder out = new StringBuilder(1 << 16);
  private final StringBuilder chapterNotes = new StringBuilder();
  private int footnotes;

  private HtmlRenderer(Document doc, Mode mode) {
    this.doc = doc;
    this.mode = mode;
  }

  /** Returns the page (well-formed XHTML, so the PDF renderer can read it too). */
  public static String render(Document doc, Mode mode) {
    return new HtmlRenderer(doc, mode).page();
  }

  private String page() {
    Lang lang = doc.lang();
    out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
        .append(lang == Lang.ZH ? "zh-CN" : "en").append("\">\n<head>\n<meta charset=\"UTF-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>")
        .append(esc(doc.title())).append("</title>\n<style>\n").append(Css.common())
        .append(mode == Mode.PRINT ? Css.print() : Css.screen()).append("</style>\n");
    if (mode == Mode.PRINT) {
      bookmarks();
    }
    out.append("</head>\n<body>\n");
    out.append("<div class=\"cover\">\n<h1 class=\"title\">").append(esc(doc.title())).append("</h1>\n<p class=\"subtitle\">")
        .append(esc(doc.subtitle())).append("</p>\n");
    doc.front().forEach(this::paragraph);
    out.append("</div>\n");
    contents();
    for (Section s : doc.sections()) {
      chapterNotes.setLength(0);
      section(s, 2);
      if (mode == Mode.SCREEN && chapterNotes.length() > 0) {
        out.append("<div class=\"footnotes\"><p class=\"fn-title\">").append(Headings.footnotes(lang)).append("</p><ol>")
            .append(chapterNotes).append("</ol></div>\n");
      }
    }
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  /** The PDF's outline (openhtmltopdf reads {@code <bookmarks>} in the head): chapters and their sections. */
  private void bookmarks() {
    out.append("<bookmarks>\n");
    for (Section s : doc.sections()) {
      out.append("<bookmark name=\"").append(esc(s.title())).append("\" href=\"#").append(s.id()).append("\">");
      for (Section c : s.sections()) {
        out.append("<bookmark name=\"").append(esc(c.title())).append("\" href=\"#").append(c.id()).append("\"/>");
      }
      out.append("</bookmark>\n");
    }
    out.append("</bookmarks>\n");
  }

  private void contents() {
    out.append("<div class=\"toc\">\n<h2 class=\"toc-title\">").append(Headings.contents(doc.lang())).append("</h2>\n<ul>\n");
    for (Section s : doc.sections()) {
      out.append("<li class=\"toc1\"><a href=\"#").append(s.id()).append("\">").append(esc(s.title())).append("</a></li>\n");
      for (Section c : s.sections()) {
        out.append("<li class=\"toc2\"><a href=\"#").append(c.id()).append("\">").append(esc(c.title()))
            .append("</a></li>\n");
      }
    }
    out.append("</ul>\n</div>\n");
  }

  private void section(Section s, int level) {
    String tag = "h" + Math.min(level, 6);
    out.append("<div class=\"section level").append(level).append("\" id=\"").append(s.id()).append("\">\n<").append(tag)
        .append('>').append(esc(s.title())).append("</").append(tag).append(">\n");
    for (Block b : s.blocks()) {
      block(b);
    }
    for (Section c : s.sections()) {
      section(c, level + 1);
    }
    out.append("</div>\n");
  }

  private void block(Block b) {
    if (b instanceof Paragraph p) {
      paragraph(p);
    } else if (b instanceof Table t) {
      table(t, "table", t.id());
    } else if (b instanceof Figure f) {
      figure(f);
    } else if (b instanceof Verbatim v) {
      out.append("<p class=\"verbatim-caption\">").append(esc(v.caption())).append("</p>\n<pre class=\"verbatim\">")
          .append(esc(v.text())).append("</pre>\n");
    }
  }

  private void paragraph(Paragraph p) {
    out.append("<p>");
    for (Inline part : p.parts()) {
      if (part instanceof Inline.Text t) {
        out.append(esc(t.text()));
      } else if (part instanceof Inline.Note n) {
        footnotes++;
        if (mode == Mode.PRINT) {
          out.append("<span class=\"fn\">").append(esc(n.text())).append("</span>");
        } else {
          out.append("<sup class=\"fnref\"><a href=\"#fn-").append(footnotes).append("\" id=\"fnref-").append(footnotes)
              .append("\">").append(footnotes).append("</a></sup>");
          chapterNotes.append("<li id=\"fn-").append(footnotes).append("\" value=\"").append(footnotes).append("\">")
              .append(esc(n.text())).append(" <a href=\"#fnref-").append(footnotes).append("\">↑</a></li>");
        }
      }
    }
    out.append("</p>\n");
  }

  private void table(Table t, String cssClass, String id) {
    CellNotes notes = new CellNotes(t);
    boolean wide = t.columns().size() > 9;
    boolean shortTable = t.rows().size() <= SHORT_TABLE;
    out.append("<table class=\"").append(cssClass).append(wide ? " wide" : "").append(shortTable ? " short" : "")
        .append("\" id=\"").append(id)
        .append("\">\n<caption>").append(esc(t.caption())).append("</caption>\n<thead>");
    header(t.columns());
    out.append("</thead>\n<tbody>\n");
    boolean[] numeric = new boolean[t.columns().size()];
    boolean[] brief = new boolean[t.columns().size()];
    for (int i = 0; i < numeric.length; i++) {
      numeric[i] = CellNotes.numeric(t, i);
      int column = i;
      brief[i] = t.rows().stream().allMatch(r -> r.get(column).text().length() <= BRIEF);
    }
    for (List<Cell> row : t.rows()) {
      out.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        Cell c = row.get(i);
        out.append(numeric[i] ? "<td class=\"num\">" : brief[i] ? "<td class=\"nw\">" : "<td>").append(esc(c.text()));
        String mark = notes.mark(c);
        if (!mark.isEmpty()) {
          out.append("<sup class=\"mark\">").append(mark).append("</sup>");
        }
        out.append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
    List<String> lines = new java.util.ArrayList<>(t.notes());
    lines.addAll(notes.lines());
    if (!lines.isEmpty()) {
      out.append("<div class=\"table-notes\">");
      for (String l : lines) {
        out.append("<p>").append(esc(l)).append("</p>");
      }
      out.append("</div>\n");
    }
  }

  /** Writes the header rows: one, or two when columns are grouped (a group over its columns). */
  private void header(List<Column> columns) {
    boolean grouped = columns.stream().anyMatch(Column::grouped);
    out.append("<tr>");
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      if (!c.grouped()) {
        out.append(grouped ? "<th rowspan=\"2\"" : "<th").append(nowrap(c) ? " class=\"nw\">" : ">");
        label(c.zh(), c.en());
        out.append("</th>");
        continue;
      }
      int span = 1;
      while (i + span < columns.size() && columns.get(i + span).sameGroup(c)) {
        span++;
      }
      out.append("<th colspan=\"").append(span).append("\" class=\"group\">");
      label(c.groupZh(), c.groupEn());
      out.append("</th>");
      i += span - 1;
    }
    out.append("</tr>\n");
    if (grouped) {
      out.append("<tr>");
      for (Column c : columns) {
        if (c.grouped()) {
          out.append(nowrap(c) ? "<th class=\"nw\">" : "<th>");
          label(c.zh(), c.en());
          out.append("</th>");
        }
      }
      out.append("</tr>\n");
    }
  }

  /** Returns whether a heading is short enough to keep on one line (a CJK label would otherwise wrap anywhere). */
  private static boolean nowrap(Column c) {
    return c.zh().length() <= 6 && c.en().length() <= 16;
  }

  private void label(String zh, String en) {
    out.append(esc(zh));
    if (!en.isEmpty() && !en.equals(zh)) {
      out.append("<br/><span class=\"en\">").append(esc(en)).append("</span>");
    }
  }

  private void figure(Figure f) {
    out.append("<div class=\"figure\" id=\"").append(f.id()).append("\">\n<div class=\"chart\">");
    if (mode == Mode.PRINT) {
      // drawn by the PDF renderer as vector graphics in the box this object takes
      out.append("<object type=\"").append(CHART_TYPE).append("\" data-figure=\"").append(f.id())
          .append("\" style=\"width: ").append(Charts.width(f.chart())).append("px; height: ")
          .append(Charts.height(f.chart())).append("px;\"></object>");
    } else {
      out.append(Charts.svg(f.chart()));
    }
    out.append("</div>\n<p class=\"figcaption\">").append(esc(f.caption())).append("</p>\n");
    if (mode == Mode.SCREEN) {
      out.append("<details><summary>").append(Headings.data(doc.lang())).append("</summary>\n");
      table(f.data(), "table chart-data", f.id() + "-data");
      out.append("</details>\n");
    }
    out.append("</div>\n");
  }

  /** Escapes text for XHTML content and attributes. */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        default -> {
          if (c >= 0x20 || c == '\n' || c == '\t') {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
