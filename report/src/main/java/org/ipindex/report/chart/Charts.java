package org.ipindex.report.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.ipindex.report.model.chart.BarChart;
import org.ipindex.report.model.chart.Chart;
import org.ipindex.report.model.chart.LineChart;
import org.ipindex.report.model.chart.MapChart;

/**
 * Draws the report's charts, each the same way on every medium: vector SVG for the web page, Java2D
 * for the PDF (vector, through openhtmltopdf's PDF graphics) and for Word's pictures (PNG).
 */
public final class Charts {
  private Charts() {}

  /** Returns a chart's width in px. */
  public static double width(Chart chart) {
    return chart instanceof MapChart ? MapDrawing.WIDTH : chart instanceof LineChart ? LineDrawing.WIDTH
        : BarDrawing.WIDTH;
  }

  /** Returns a chart's height in px. */
  public static double height(Chart chart) {
    return chart instanceof MapChart ? MapDrawing.height() : chart instanceof LineChart ? LineDrawing.HEIGHT
        : BarDrawing.HEIGHT;
  }

  private static void draw(Chart chart, Canvas c) {
    if (chart instanceof BarChart b) {
      BarDrawing.draw(b, c);
    } else if (chart instanceof LineChart l) {
      LineDrawing.draw(l, c);
    } else {
      MapDrawing.draw((MapChart) chart, c);
    }
  }

  /** Returns the chart as a standalone SVG document (no XML declaration). */
  public static String svg(Chart chart) {
    SvgCanvas c = new SvgCanvas(width(chart), height(chart));
    draw(chart, c);
    return c.end();
  }

  /** Draws the chart on a graphics whose unit is the chart's px, with the given font for its text. */
  public static void draw(Chart chart, Graphics2D g, Font font) {
    draw(chart, new Java2dCanvas(g, font));
  }

  /** Returns the chart as a PNG at {@code scale} times its size (light compression, opaque). */
  public static byte[] png(Chart chart, Font font, float scale) {
    int w = (int) Math.ceil(width(chart) * scale);
    int h = (int) Math.ceil(height(chart) * scale);
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.scale(scale, scale);
      draw(chart, g, font);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.8f);
      writer.setOutput(stream);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }
}
