package org.ipindex.report;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ipindex.io.AtomicFiles;
import org.ipindex.report.compose.Composer;
import org.ipindex.report.model.Document;
import org.ipindex.report.model.Lang;
import org.ipindex.report.render.DocxRenderer;
import org.ipindex.report.render.HtmlRenderer;
import org.ipindex.report.render.PdfRenderer;
import org.ipindex.report.render.XlsxRenderer;
import org.ipindex.report.source.ReportSource;
import org.ipindex.report.source.ReportSources;
import org.ipindex.store.Store;

/**
 * The development report's use case: reads the releases from the store, builds the document once and
 * writes it in each format asked for. The entry point of {@code ipindex report} and of the main job.
 *
 * <p>Example: {@code BundledReportTest} (bundled data) and {@code SyntheticReportTest}.
 */
public final class ReportWriter {
  private ReportWriter() {}

  /**
   * Writes the report of releases in a language and formats to a folder, as
   * {@code report-<evaluation year>-<lang>.<format>}, each file atomically.
   *
   * @param store the store holding the releases
   * @param releases one release of the national index (one unit) and/or one of the regional index
   *     (many units), of the same evaluation year
   * @return the files written, in the order of {@link ReportFormat}
   * @throws org.ipindex.core.model.DataException for an unknown release, two of the same kind,
   *     different years, or a missing Chinese font for the PDF
   * @throws IOException when a file cannot be written
   */
  public static List<Path> write(Store store, List<String> releases, Lang lang, Set<ReportFormat> formats, Path outDir)
      throws IOException {
    ReportSource source = ReportSources.load(store, releases);
    Document doc = Composer.compose(source, lang);
    return write(doc, source.evaluationYear(), formats, outDir);
  }

  /**
   * Writes a document already built (see {@link #write(Store, List, Lang, Set, Path)}). The formats
   * are rendered at the same time on up to two threads (Word and PDF take most of the time).
   */
  public static List<Path> write(Document doc, int evaluationYear, Set<ReportFormat> formats, Path outDir)
      throws IOException {
    Files.createDirectories(outDir);
    List<Path> files = new ArrayList<>();
    List<Callable<Path>> jobs = new ArrayList<>();
    for (ReportFormat f : formats) {
      Path file = outDir.resolve("report-%d-%s.%s".formatted(evaluationYear, doc.lang().code(), f.extension()));
      files.add(file);
      jobs.add(() -> {
        AtomicFiles.write(file, out -> render(doc, f, out));
        return file;
      });
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(2,
        Runtime.getRuntime().availableProcessors())), r -> {
          Thread t = new Thread(r, "ipindex-report");
          t.setDaemon(true);
          return t;
        });
    try {
      for (Future<Path> done : pool.invokeAll(jobs)) {
        done.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing the report");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(cause);
    } finally {
      pool.shutdownNow();
    }
    return files;
  }

  /** Renders a document in one format to a stream (not closed). */
  public static void render(Document doc, ReportFormat format, OutputStream out) throws IOException {
    switch (format) {
      case DOCX -> DocxRenderer.write(doc, out);
      case PDF -> PdfRenderer.write(doc, out);
      case HTML -> out.write(HtmlRenderer.render(doc, HtmlRenderer.Mode.SCREEN).getBytes(StandardCharsets.UTF_8));
      case XLSX -> XlsxRenderer.write(doc, out);
      default -> throw new IllegalStateException("format " + format);
    }
  }
}
