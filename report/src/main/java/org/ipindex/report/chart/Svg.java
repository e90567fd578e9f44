package org.ipindex.report.chart;

import java.util.Locale;

/**
 * Writes SVG markup: shapes and text in user units (px), numbers with one decimal and {@code '.'},
 * text escaped. Text uses {@link #FONT}, so Chinese glyphs render wherever WenQuanYi Micro Hei is
 * installed (Batik for PNG and PDF, a browser for HTML).
 */
final class Svg {
  /** The font family of every chart. */
  static final String FONT = "WenQuanYi Micro Hei";
  static final String INK = "#222222";
  static final String GRID = "#d9d9d9";
  static final String MUTED = "#666666";

  private final StringBuilder out = new StringBuilder(8192);

  Svg(double width, double height) {
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(n(width)).append("\" height=\"")
        .append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height))
        .append("\" font-family=\"").append(FONT).append(", 'Microsoft YaHei', 'PingFang SC', sans-serif\">");
    rect(0, 0, width, height, "#ffffff", null);
  }

  /** Returns a coordinate with at most one decimal. */
  static String n(double v) {
    long tenths = Math.round(v * 10);
    return tenths % 10 == 0 ? Long.toString(tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  Svg rect(double x, double y, double w, double h, String fill, String stroke) {
    out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
        .append("\" height=\"").append(n(h)).append("\" fill=\"").append(fill).append('"');
    if (stroke != null) {
      out.append(" stroke=\"").append(stroke).append("\" stroke-width=\"0.8\"");
    }
    out.append("/>");
    return this;
  }

  Svg line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed) {
    out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
        .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
        .append(n(width)).append('"');
    if (dashed) {
      out.append(" stroke-dasharray=\"5 3\"");
    }
    out.append("/>");
    return this;
  }

  Svg circle(double cx, double cy, double r, String fill) {
    out.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
        .append("\" fill=\"").append(fill).append("\" stroke=\"#ffffff\" stroke-width=\"1\"/>");
    return this;
  }

  /** Adds a path; {@code d} is written as given. */
  Svg path(String d, String fill, String stroke, double width, boolean dashed) {
    out.append("<path d=\"").append(d).append("\" fill=\"").append(fill).append('"');
    if (stroke != null) {
      out.append(" stroke=\"").append(stroke).append("\" stroke-width=\"").append(n(width))
          .append("\" stroke-linejoin=\"round\"");
    }
    if (dashed) {
      out.append(" stroke-dasharray=\"5 3\"");
    }
    out.append("/>");
    return this;
  }

  /** Adds text; {@code anchor} is start, middle or end. */
  Svg text(double x, double y, String text, double size, String anchor, String fill, boolean bold) {
    out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"").append(n(size))
        .append("\" text-anchor=\"").append(anchor).append("\" fill=\"").append(fill).append('"');
    if (bold) {
      out.append(" font-weight=\"bold\"");
    }
    out.append('>').append(escape(text)).append("</text>");
    return this;
  }

  /** Adds raw markup (a group, a clip path). */
  Svg raw(String markup) {
    out.append(markup);
    return this;
  }

  String end() {
    return out.append("</svg>").toString();
  }
}
