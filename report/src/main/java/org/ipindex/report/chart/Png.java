package org.ipindex.report.chart;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;

/**
 * Renders an SVG chart to PNG (for Word, which needs a picture): Batik rasterises it onto an opaque
 * RGB image (the charts have a white background) and ImageIO encodes it with light compression, about
 * twice as fast as Batik's own PNG transcoder.
 */
public final class Png {
  private Png() {}

  /** Batik's rasteriser, keeping the image instead of writing it. */
  private static final class Raster extends ImageTranscoder {
    private BufferedImage image;

    @Override
    public BufferedImage createImage(int width, int height) {
      return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    }

    @Override
    public void writeImage(BufferedImage img, TranscoderOutput output) {
      this.image = img;
    }
  }

  /**
   * Returns the PNG of an SVG document {@code width} px wide at {@code scale} times its size.
   *
   * @throws IllegalStateException if Batik cannot render it (a bug in the chart code)
   */
  public static byte[] render(String svg, double width, float scale) {
    Raster raster = new Raster();
    raster.addTranscodingHint(ImageTranscoder.KEY_WIDTH, (float) (width * scale));
    try {
      raster.transcode(new TranscoderInput(new StringReader(svg)), null);
    } catch (TranscoderException e) {
      throw new IllegalStateException("rendering a chart to PNG: " + e.getMessage(), e);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.8f);
      writer.setOutput(stream);
      writer.write(null, new IIOImage(raster.image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  /** Returns the width in px the root element of an SVG document declares. */
  public static double width(String svg) {
    return attribute(svg, "width");
  }

  /** Returns the height in px the root element of an SVG document declares. */
  public static double height(String svg) {
    return attribute(svg, "height");
  }

  private static double attribute(String svg, String name) {
    int end = svg.indexOf('>');
    int i = svg.indexOf(" " + name + "=\"");
    if (i < 0 || i > end) {
      throw new IllegalArgumentException("the SVG's root element has no " + name);
    }
    int from = i + name.length() + 3;
    return Double.parseDouble(svg.substring(from, svg.indexOf('"', from)));
  }
}
