package org.ipindex.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Node;
import org.ipindex.core.model.Panel;
import org.ipindex.core.model.ProblemCode;

/**
 * Reads data into a {@link Panel}, in either of two layouts told apart by the header: COINr's wide
 * {@code iData} (a {@code uCode} column; see {@link CoinrDataLayout}) or our long layout
 * ({@code unit, indicator, year, value}; see {@link LongDataLayout}). Units come in order of first
 * appearance, series as given, years ascending.
 *
 * <p>Every problem of the file (missing or unknown columns, text in a number column, a repeated
 * unit, indicator and year) is collected before one {@link DataException} is thrown. Series that
 * the framework does not know are not an error: they are kept and listed as warnings.
 *
 * <p>Example: {@code PanelReaderTest#reads_the_coinr_panel_with_years_2018_to_2022}.
 */
public final class PanelReader {
  private final Framework framework;
  private final Set<String> known;
  private final Set<String> groupColumns;
  private final int defaultYear;

  private PanelReader(Framework framework, Set<String> known, Set<String> groupColumns, int defaultYear) {
    this.framework = framework;
    this.known = Set.copyOf(known);
    this.groupColumns = Set.copyOf(groupColumns);
    this.defaultYear = defaultYear;
  }

  /** Returns a reader that knows no framework: no series is reported as unknown; default year 1. */
  public static PanelReader plain() {
    return new PanelReader(null, Set.of(), Set.of(), 1);
  }

  /**
   * Returns a reader that reports series not in the framework (nodes and denominators) as warnings
   * and reads the framework's COINr group columns as groupings; default year 1.
   */
  public static PanelReader of(FrameworkFile file) {
    Set<String> known = new HashSet<>(file.denominators());
    file.framework().nodes().stream().map(Node::code).forEach(known::add);
    file.framework().nodes().stream().map(Node::denominator).filter(Objects::nonNull).forEach(known::add);
    return new PanelReader(file.framework(), known, Set.copyOf(file.groupColumns()), 1);
  }

  /** Returns a copy that gives wide data without a {@code Time} column this year. */
  public PanelReader withDefaultYear(int year) {
    return new PanelReader(framework, known, groupColumns, year);
  }

  /** Reads a data file. */
  public PanelFile read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.getFileName().toString(), in);
    }
  }

  /**
   * Reads data from a stream (not closed here); {@code fileName} names it in messages.
   *
   * @throws DataException listing every problem of the file
   */
  public PanelFile read(String fileName, InputStream in) throws IOException {
    Problems problems = new Problems(fileName);
    CsvTable table = CsvTable.read(fileName, in, problems);
    PanelAssembler cells = new PanelAssembler();
    List<String> warnings = new ArrayList<>();
    CoinrDataLayout.Extras extras = null;
    if (table.has("uCode")) {
      extras = CoinrDataLayout.parse(table, problems, groupColumns, defaultYear, cells);
      warnings.addAll(extras.warnings());
    } else {
      LongDataLayout.parse(table, problems, cells);
    }
    problems.throwIfAny();
    if (cells.units().isEmpty()) {
      throw DataException.of(ProblemCode.EMPTY_INPUT, fileName,
          "the file has a header but no data rows; add one row per %s"
              .formatted(extras == null ? "unit, indicator and year" : "unit (and year)"));
    }
    Panel.Builder builder = cells.builder();
    if (extras != null) {
      builder.unitNames(extras.unitNames());
      for (Map.Entry<String, Map<String, String>> g : extras.groupings().entrySet()) {
        builder.grouping(g.getKey(), cells.units().stream().map(u -> g.getValue().get(u)).toList());
      }
    }
    if (framework != null) {
      for (String series : cells.series()) {
        if (!known.contains(series)) {
          warnings.add("series '%s' in %s is not an indicator, group or denominator of framework '%s'; it is kept but not used"
              .formatted(series, fileName, framework.name()));
        }
      }
    }
    return new PanelFile(builder.build(), warnings);
  }

  /**
   * Returns the panel with the groupings and unit names of a CSV file: {@code unit} (or
   * {@code code}, {@code uCode}), an optional name column ({@code unit_name}, {@code uName},
   * {@code name} or {@code name_zh}, the first present) and any number of grouping columns
   * (e.g. {@code area}). Groupings of the same name replace the panel's.
   *
   * @throws DataException for a missing unit column, an empty or repeated unit
   */
  public static PanelFile readGroupings(Panel panel, Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return readGroupings(panel, file.getFileName().toString(), in);
    }
  }

  /** Reads groupings from a stream (not closed here); see {@link #readGroupings(Panel, Path)}. */
  public static PanelFile readGroupings(Panel panel, String fileName, InputStream in) throws IOException {
    Problems problems = new Problems(fileName);
    return GroupingsLayout.apply(panel, CsvTable.read(fileName, in, problems), problems);
  }
}
