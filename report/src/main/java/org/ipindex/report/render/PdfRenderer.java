package org.ipindex.report.render;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.util.XRLog;
import java.awt.Font;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.ipindex.report.chart.Charts;
import org.ipindex.report.model.Document;
import org.ipindex.report.model.Figure;

/**
 * Writes the report as PDF: the print page of {@link HtmlRenderer} laid out by openhtmltopdf on A4,
 * with the Chinese font embedded (subset), charts drawn as vector graphics (Java2D on the PDF's
 * graphics, no picture), page numbers, a table of contents with page numbers and footnotes at the
 * foot of the page.
 */
public final class PdfRenderer {
  static {
    XRLog.setLoggingEnabled(false);
  }

  private PdfRenderer() {}

  /**
   * Writes the PDF to {@code out} (not closed).
   *
   * @throws org.ipindex.core.model.DataException when the Chinese font is not installed
   */
  public static void write(Document doc, OutputStream out) throws IOException {
    Path fontFile = ReportFont.locate();
    String html = HtmlRenderer.render(doc, HtmlRenderer.Mode.PRINT);
    boolean ttc = fontFile.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc");
    // A collection stays open until the document is saved: the subset is written then.
    try (TrueTypeCollection collection = ttc ? new TrueTypeCollection(fontFile.toFile()) : null;
        PDDocument pdf = new PDDocument()) {
      PDFont font = ttc ? PDType0Font.load(pdf, face(collection), true) : PDType0Font.load(pdf, fontFile.toFile());
      PdfRendererBuilder b = new PdfRendererBuilder();
      b.useFastMode();
      b.usePDDocument(pdf);
      b.withProducer("ipindex");
      for (int weight : new int[] {400, 700}) {
        b.useFont(new PDFontSupplier(font), ReportFont.FAMILY, weight, BaseRendererBuilder.FontStyle.NORMAL, true);
      }
      b.useObjectDrawerFactory(charts(doc));
      b.withHtmlContent(html, null);
      b.toStream(out);
      b.run();
    }
  }

  /** Returns face 0 of a collection (WenQuanYi Micro Hei, not its mono face). */
  private static TrueTypeFont face(TrueTypeCollection collection) throws IOException {
    TrueTypeFont face = collection.getFontByName(ReportFont.FACE);
    if (face != null) {
      return face;
    }
    TrueTypeFont[] first = new TrueTypeFont[1];
    collection.processAllFonts(f -> {
      if (first[0] == null) {
        first[0] = f;
      }
    });
    return first[0];
  }

  /** Returns the drawer of the charts: each figure's chart drawn with Java2D on the PDF's vector graphics. */
  private static DefaultObjectDrawerFactory charts(Document doc) {
    Map<String, Figure> figures = new HashMap<>();
    doc.figures().forEach(f -> figures.put(f.id(), f));
    Font font = ReportFont.awt();
    DefaultObjectDrawerFactory factory = new DefaultObjectDrawerFactory();
    FSObjectDrawer drawer = (element, x, y, width, height, device, context, dotsPerPixel) -> {
      Figure f = figures.get(element.getAttribute("data-figure"));
      double w = width / dotsPerPixel;
      double h = height / dotsPerPixel;
      device.drawWithGraphics((float) x, (float) y, (float) w, (float) h, g -> {
        g.scale(w / Charts.width(f.chart()), h / Charts.height(f.chart()));
        Charts.draw(f.chart(), g, font);
      });
      return null;
    };
    factory.registerDrawer(HtmlRenderer.CHART_TYPE, drawer);
    return factory;
  }
}
