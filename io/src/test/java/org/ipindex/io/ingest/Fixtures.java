package org.ipindex.io.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ipindex.io.ingest.catalogue.CatalogueFiles;
import org.ipindex.io.ingest.catalogue.InMemoryCatalogue;
import org.ipindex.io.ingest.layout.LongCsvLayout;

/** Test helpers: the repository's catalogue files, text as streams, test resources. */
public final class Fixtures {
  /** The repository root, seen from a module's directory (where Maven runs the tests). */
  public static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

  private Fixtures() {}

  /** Returns the catalogue of {@code frameworks/measures.csv} and {@code data/region-aliases.csv}. */
  public static InMemoryCatalogue catalogue() {
    try (InputStream m = Files.newInputStream(REPOSITORY.resolve("frameworks/measures.csv"));
        InputStream r = Files.newInputStream(REPOSITORY.resolve("data/region-aliases.csv"))) {
      return CatalogueFiles.read("measures.csv", m, "region-aliases.csv", r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static InputStream text(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Reads long CSV text. */
  public static Parsed longCsv(String file, String text) {
    try {
      return LongCsvLayout.read(file, text(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opens a test resource. */
  public static InputStream resource(String path) {
    InputStream in = Fixtures.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("test resource " + path + " is missing");
    }
    return in;
  }
}
