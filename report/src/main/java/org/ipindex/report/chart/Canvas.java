package org.ipindex.report.chart;

import java.util.List;

/**
 * What the charts draw on, in px with y downwards: SVG text for the web page ({@link SvgCanvas}), or a
 * Java2D graphics for pictures and the PDF's vector drawings ({@link Java2dCanvas}). Colours are
 * {@code #rrggbb} or {@code none}; text is placed by its baseline, anchored at its start, middle or end.
 */
interface Canvas {
  /** The font family of every chart. */
  String FONT = "WenQuanYi Micro Hei";
  String INK = "#222222";
  String GRID = "#d9d9d9";
  String MUTED = "#666666";

  void rect(double x, double y, double w, double h, String fill, String stroke);

  void line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed);

  /** A marker: a filled circle with a white rim. */
  void circle(double cx, double cy, double r, String fill);

  /** Closed rings [x0, y0, x1, y1, …] filled together (even-odd), outlined when {@code stroke} is not null. */
  void polygon(List<double[]> rings, String fill, String stroke, double width);

  void text(double x, double y, String text, double size, Anchor anchor, String fill, boolean bold);

  /** Limits what follows to a rectangle, until {@link #unclip()}. */
  void clip(double x, double y, double w, double h);

  void unclip();

  /** Where a text stands relative to its x. */
  enum Anchor { START, MIDDLE, END }
}
