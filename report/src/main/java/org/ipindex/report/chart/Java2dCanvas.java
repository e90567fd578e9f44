package org.ipindex.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * A canvas drawing with Java2D: onto an image for Word's pictures, or onto openhtmltopdf's PDF
 * graphics, where every shape and glyph stays vector. Text uses the font given (the report's
 * WenQuanYi face, so Chinese glyphs never depend on the fonts the system knows).
 */
final class Java2dCanvas implements Canvas {
  private final Graphics2D g;
  private final Font font;
  private Shape savedClip;

  Java2dCanvas(Graphics2D g, Font font) {
    this.g = g;
    this.font = font;
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
  }

  private static Color colour(String hex) {
    return new Color(Integer.parseInt(hex.substring(1), 16));
  }

  private void fill(Shape s, String fill) {
    if (fill != null && !fill.equals("none")) {
      g.setColor(colour(fill));
      g.fill(s);
    }
  }

  private void stroke(Shape s, String stroke, double width, boolean dashed) {
    if (stroke != null && !stroke.equals("none")) {
      g.setColor(colour(stroke));
      g.setStroke(dashed ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
          new float[] {5, 3}, 0) : new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
      g.draw(s);
    }
  }

  @Override
  public void rect(double x, double y, double w, double h, String fill, String stroke) {
    Rectangle2D r = new Rectangle2D.Double(x, y, w, h);
    fill(r, fill);
    stroke(r, stroke, 0.8, false);
  }

  @Override
  public void line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed) {
    stroke(new Line2D.Double(x1, y1, x2, y2), stroke, width, dashed);
  }

  @Override
  public void circle(double cx, double cy, double r, String fill) {
    Ellipse2D e = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
    fill(e, fill);
    stroke(e, "#ffffff", 1, false);
  }

  @Override
  public void polygon(List<double[]> rings, String fill, String stroke, double width) {
    Path2D.Double p = new Path2D.Double(Path2D.WIND_EVEN_ODD);
    for (double[] ring : rings) {
      for (int i = 0; i + 1 < ring.length; i += 2) {
        if (i == 0) {
          p.moveTo(ring[i], ring[i + 1]);
        } else {
          p.lineTo(ring[i], ring[i + 1]);
        }
      }
      p.closePath();
    }
    fill(p, fill);
    stroke(p, stroke, width, false);
  }

  @Override
  public void text(double x, double y, String text, double size, Anchor anchor, String fill, boolean bold) {
    Font f = font.deriveFont(bold ? Font.BOLD : Font.PLAIN, (float) size);
    g.setFont(f);
    double w = f.getStringBounds(text, g.getFontRenderContext()).getWidth();
    double left = anchor == Anchor.START ? x : anchor == Anchor.MIDDLE ? x - w / 2 : x - w;
    g.setColor(colour(fill));
    g.drawString(text, (float) left, (float) y);
  }

  @Override
  public void clip(double x, double y, double w, double h) {
    savedClip = g.getClip();
    g.clip(new Rectangle2D.Double(x, y, w, h));
  }

  @Override
  public void unclip() {
    g.setClip(savedClip);
  }
}
