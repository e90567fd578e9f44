package org.ipindex.io.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ipindex.io.ingest.catalogue.CatalogueView;
import org.ipindex.io.ingest.catalogue.InMemoryStoredValues;
import org.ipindex.io.ingest.catalogue.StoredValues;
import org.ipindex.io.ingest.layout.AnnualReportTableLayout;
import org.ipindex.io.ingest.layout.CoinrIDataLayout;
import org.ipindex.io.ingest.layout.Grids;
import org.ipindex.io.ingest.layout.LongCsvLayout;
import org.ipindex.io.ingest.layout.Mapping;
import org.ipindex.io.ingest.layout.WideTableLayout;
import org.ipindex.io.ingest.validate.JumpRule;
import org.ipindex.io.ingest.validate.Outcome;
import org.ipindex.io.ingest.validate.Validation;
import org.ipindex.io.ingest.validate.ValidationOptions;

/**
 * Reads a statistics file in whichever layout it has and checks it: the entry point of
 * {@code ipindex data import}.
 *
 * <p>The layout: with a mapping, the mapping's ({@code wide} or {@code annual_report}); without,
 * an XLSX workbook or a CSV whose first cell starts with {@code 表} is an annual-report table, a
 * CSV with a {@code uCode} column is COINr's iData (year {@link #COINR_DEFAULT_YEAR} where it has
 * no {@code Time}), and any other CSV is the long layout.
 *
 * <p>Example: {@code IngestTest}.
 */
public final class Ingest {
  /** The year of COINr iData values without a {@code Time} column. */
  public static final int COINR_DEFAULT_YEAR = 2022;

  private Ingest() {}

  /** Reads a file; {@code mapping} may be null. */
  public static Parsed read(Path file, Path mapping) throws IOException {
    Mapping m = null;
    if (mapping != null) {
      List<Issue> issues = new ArrayList<>();
      try (InputStream in = Files.newInputStream(mapping)) {
        m = Mapping.read(mapping.getFileName().toString(), in, issues);
      }
      if (m == null) {
        return new Parsed(file.getFileName().toString(), StagedRows.builder(file.getFileName().toString()).build(), issues, 0,
            List.of());
      }
    }
    return read(file.getFileName().toString(), Files.newInputStream(file), m);
  }

  /** Reads a file from a stream (closed here); {@code mapping} may be null. */
  public static Parsed read(String file, InputStream in, Mapping mapping) throws IOException {
    if (mapping != null) {
      return mapping.annualReportLayout() ? AnnualReportTableLayout.read(file, in, mapping)
          : WideTableLayout.read(file, in, mapping);
    }
    if (Grids.isWorkbook(file)) {
      return AnnualReportTableLayout.read(file, in);
    }
    BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
    buffered.mark(1 << 16);
    byte[] head = buffered.readNBytes(4096);
    buffered.reset();
    String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
    String firstLine = text.lines().findFirst().orElse("");
    if (firstLine.startsWith("表") || firstLine.startsWith("\"表")) {
      return AnnualReportTableLayout.read(file, buffered);
    }
    if (firstLine.matches("(?i).*(^|,)\"?uCode\"?(,|$).*")) {
      return CoinrIDataLayout.read(file, buffered, Set.of(), COINR_DEFAULT_YEAR);
    }
    return LongCsvLayout.read(file, buffered);
  }

  /**
   * Returns the values of a statistics file as stored values, for dry runs without a store (e.g.
   * the bundled {@code data/statistics.csv} as what is already stored). The file is checked without
   * the jump rule; its warnings are accepted.
   *
   * @throws org.ipindex.core.model.DataException if the file has errors
   */
  public static InMemoryStoredValues stored(Path file, CatalogueView catalogue) throws IOException {
    Outcome o = check(file, null, catalogue, StoredValues.NONE, ValidationOptions.DEFAULT.withJumps(JumpRule.OFF));
    if (o.problems().hasErrors()) {
      throw o.problems().toException(false);
    }
    InMemoryStoredValues.Builder b = InMemoryStoredValues.builder();
    o.rows().forEach((measure, region, year, value, change, index) -> b.put(measure, region, year, value));
    return b.build();
  }

  /** Reads and checks a file: what {@code ipindex data import [--dry-run]} does before storing. */
  public static Outcome check(Path file, Path mapping, CatalogueView catalogue, StoredValues stored, ValidationOptions options)
      throws IOException {
    return Validation.check(read(file, mapping), catalogue, stored, options);
  }
}
