package org.ipindex.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.ipindex.store.ReleaseRow;

/**
 * Reads written reports back for the tests: PDF text (PDFBox), page images (poppler's pdftoppm, as
 * a reader would see them), Word tables with their captions (POI), and the release's stored rows as
 * the independent truth; numbers formatted as a reader expects them, half-up.
 */
final class ReadBack {
  private ReadBack() {}

  static String pdfText(Path pdf) throws IOException {
    try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(d);
    }
  }

  static int pdfPages(Path pdf) throws IOException {
    try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
      return d.getNumberOfPages();
    }
  }

  /** Renders every page with pdftoppm into {@code dir} and returns the images in page order. */
  static List<Path> pages(Path pdf, Path dir, int dpi) throws IOException, InterruptedException {
    Files.createDirectories(dir);
    try (var old = Files.list(dir)) {
      for (Path p : old.toList()) {
        Files.delete(p);
      }
    }
    Process p = new ProcessBuilder("pdftoppm", "-r", Integer.toString(dpi), "-png", pdf.toString(),
        dir.resolve("page").toString()).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("pdftoppm failed: " + log);
    }
    try (var files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".png")).sorted().toList();
    }
  }

  /** Returns the variance of the grey level of an image (0 for a blank page) and the share of non-white pixels. */
  static double[] ink(Path png) throws IOException {
    BufferedImage img;
    try (InputStream in = Files.newInputStream(png)) {
      img = ImageIO.read(in);
    }
    double sum = 0;
    double squares = 0;
    long dark = 0;
    int n = img.getWidth() * img.getHeight();
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int rgb = img.getRGB(x, y);
        double g = 0.299 * ((rgb >> 16) & 255) + 0.587 * ((rgb >> 8) & 255) + 0.114 * (rgb & 255);
        sum += g;
        squares += g * g;
        dark += g < 240 ? 1 : 0;
      }
    }
    double mean = sum / n;
    return new double[] {squares / n - mean * mean, (double) dark / n};
  }

  /** Returns each table of a Word document with the caption paragraph before it. */
  static Map<String, XWPFTable> docxTables(XWPFDocument d) {
    Map<String, XWPFTable> out = new HashMap<>();
    String caption = "";
    for (IBodyElement e : d.getBodyElements()) {
      if (e instanceof XWPFParagraph p && !p.getText().isBlank()) {
        caption = p.getText();
      } else if (e instanceof XWPFTable t) {
        out.put(caption, t);
      }
    }
    return out;
  }

  /** Returns the table whose caption contains {@code part}. */
  static XWPFTable docxTable(XWPFDocument d, String part) {
    List<String> captions = new ArrayList<>();
    for (Map.Entry<String, XWPFTable> e : docxTables(d).entrySet()) {
      captions.add(e.getKey());
      if (e.getKey().contains(part)) {
        return e.getValue();
      }
    }
    throw new AssertionError("no table captioned '" + part + "' among " + captions);
  }

  /** Returns the stored rows of a release for one node and year, by unit. */
  static Map<String, ReleaseRow> rows(List<ReleaseRow> all, String code, int year) {
    Map<String, ReleaseRow> out = new HashMap<>();
    for (ReleaseRow r : all) {
      if (r.code().equals(code) && r.year() == year) {
        out.put(r.unit(), r);
      }
    }
    return out;
  }

  /** Returns x with {@code d} decimals, half-up on its decimal value ("no data" printed as 无数据). */
  static String fixed(double x, int d) {
    if (Double.isNaN(x)) {
      return "无数据";
    }
    String s = BigDecimal.valueOf(x).setScale(d, RoundingMode.HALF_UP).toPlainString();
    return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
  }

  static String signed(double x, int d) {
    String s = fixed(x, d);
    return Double.isNaN(x) || s.startsWith("-") || s.matches("0(\\.0*)?") ? s : "+" + s;
  }
}
