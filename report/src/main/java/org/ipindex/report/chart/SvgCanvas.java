package org.ipindex.report.chart;

import java.util.List;
import java.util.Locale;

/**
 * A canvas writing SVG markup: numbers with at most one decimal and '.', text escaped, the font
 * family {@link Canvas#FONT} with common fallbacks for a browser.
 */
final class SvgCanvas implements Canvas {
  private final StringBuilder out = new StringBuilder(8192);
  private int clips;

  SvgCanvas(double width, double height) {
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(n(width)).append("\" height=\"")
        .append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height))
        .append("\" font-family=\"").append(FONT).append(", 'Microsoft YaHei', 'PingFang SC', sans-serif\">");
  }

  /** Returns a coordinate with at most one decimal (written by hand: a map has thousands). */
  static String n(double v) {
    long tenths = Math.round(v * 10);
    long whole = Math.abs(tenths) / 10;
    long tenth = Math.abs(tenths) % 10;
    String sign = tenths < 0 ? "-" : "";
    return tenth == 0 ? sign + whole : sign + whole + "." + tenth;
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  @Override
  public void rect(double x, double y, double w, double h, String fill, String stroke) {
    out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
        .append("\" height=\"").append(n(h)).append("\" fill=\"").append(fill).append('"');
    if (stroke != null) {
      out.append(" stroke=\"").append(stroke).append("\" stroke-width=\"0.8\"");
    }
    out.append("/>");
  }

  @Override
  public void line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed) {
    out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
        .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
        .append(n(width)).append('"');
    if (dashed) {
      out.append(" stroke-dasharray=\"5 3\"");
    }
    out.append("/>");
  }

  @Override
  public void circle(double cx, double cy, double r, String fill) {
    out.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
        .append("\" fill=\"").append(fill).append("\" stroke=\"#ffffff\" stroke-width=\"1\"/>");
  }

  @Override
  public void polygon(List<double[]> rings, String fill, String stroke, double width) {
    out.append("<path d=\"");
    for (double[] ring : rings) {
      for (int i = 0; i + 1 < ring.length; i += 2) {
        out.append(i == 0 ? 'M' : 'L').append(n(ring[i])).append(' ').append(n(ring[i + 1]));
      }
      out.append('Z');
    }
    out.append("\" fill=\"").append(fill).append("\" fill-rule=\"evenodd\"");
    if (stroke != null) {
      out.append(" stroke=\"").append(stroke).append("\" stroke-width=\"").append(n(width))
          .append("\" stroke-linejoin=\"round\"");
    }
    out.append("/>");
  }

  @Override
  public void text(double x, double y, String text, double size, Anchor anchor, String fill, boolean bold) {
    out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"").append(n(size))
        .append("\" text-anchor=\"").append(anchor.name().toLowerCase(Locale.ROOT)).append("\" fill=\"").append(fill)
        .append('"');
    if (bold) {
      out.append(" font-weight=\"bold\"");
    }
    out.append('>').append(escape(text)).append("</text>");
  }

  @Override
  public void clip(double x, double y, double w, double h) {
    clips++;
    out.append("<clipPath id=\"clip").append(clips).append("\"><rect x=\"").append(n(x)).append("\" y=\"").append(n(y))
        .append("\" width=\"").append(n(w)).append("\" height=\"").append(n(h))
        .append("\"/></clipPath><g clip-path=\"url(#clip")
        .append(clips).append(")\">");
  }

  @Override
  public void unclip() {
    out.append("</g>");
  }

  String end() {
    return out.append("</svg>").toString();
  }
}
