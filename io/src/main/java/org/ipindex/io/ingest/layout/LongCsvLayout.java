package org.ipindex.io.ingest.layout;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ipindex.io.ingest.CsvReader;
import org.ipindex.io.ingest.Issue;
import org.ipindex.io.ingest.IssueCode;
import org.ipindex.io.ingest.Location;
import org.ipindex.io.ingest.Notation;
import org.ipindex.io.ingest.Parsed;
import org.ipindex.io.ingest.Spellings;
import org.ipindex.io.ingest.StagedRows;
import org.ipindex.io.ingest.Years;

/**
 * Reads the long CSV layout: one value per row, {@code region, measure, year, value} with optional
 * {@code unit, source, note} (source and note are allowed, not read). The data layout of
 * {@code ipindex evaluate} ({@code unit, indicator, year, value, unit_of_measure}) is read too, its
 * {@code unit} as the region and {@code unit_of_measure} as the unit. Values in any
 * {@link Notation}; a blank or {@code —} is a missing value, counted and not staged.
 *
 * <p>Streams: a million rows are read without holding the text in memory.
 */
public final class LongCsvLayout {
  /** The required columns. */
  public static final List<String> REQUIRED = List.of("region", "measure", "year", "value");
  /** The optional columns. */
  public static final List<String> OPTIONAL = List.of("unit", "source", "note");
  private static final List<String> LEGACY = List.of("unit", "indicator", "year", "value", "unit_of_measure", "source", "note");
  private static final String LAYOUT = "the long layout is region, measure, year, value with optional unit, source, note";

  private LongCsvLayout() {}

  /** Reads a long CSV file from a stream (closed here); {@code file} names it in messages. */
  public static Parsed read(String file, InputStream in) throws IOException {
    List<Issue> issues = new ArrayList<>();
    StagedRows.Builder rows = StagedRows.builder(file);
    int missing = 0;
    try (CsvReader csv = CsvReader.utf8(in)) {
      boolean header = false;
      while (!header) {
        if (!csv.next()) {
          issues.add(Issue.error(IssueCode.EMPTY_FILE, Location.of(file), "", "the file is empty",
              "it needs a header row (region, measure, year, value) and one row per value"));
          return new Parsed(file, rows.build(), issues, 0, List.of());
        }
        header = !csv.blank();
      }
      int headerRow = csv.line();
      List<String> names = new ArrayList<>();
      for (int i = 0; i < csv.size(); i++) {
        names.add(csv.text(i).strip());
      }
      while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) {
        names.remove(names.size() - 1);
      }
      boolean legacy = !names.stream().anyMatch(n -> n.equalsIgnoreCase("measure"))
          && names.stream().anyMatch(n -> n.equalsIgnoreCase("indicator"));
      List<String> allowed = legacy ? LEGACY : List.of("region", "measure", "year", "value", "unit", "source", "note");
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i);
        if (!allowed.contains(name.toLowerCase(Locale.ROOT))) {
          issues.add(Issue.error(IssueCode.UNKNOWN_COLUMN, new Location(file, "", headerRow, name.isEmpty() ? "#" + (i + 1) : name),
              name, "column '%s' is not part of the long layout%s".formatted(name, Spellings.suggest(name, allowed)),
              "rename or delete it; " + LAYOUT));
        }
      }
      int region = find(names, legacy ? "unit" : "region");
      int measure = find(names, legacy ? "indicator" : "measure");
      int year = find(names, "year");
      int value = find(names, "value");
      int unit = find(names, legacy ? "unit_of_measure" : "unit");
      String[] required = legacy ? new String[] {"unit", "indicator", "year", "value"} : REQUIRED.toArray(new String[0]);
      int[] positions = {region, measure, year, value};
      for (int k = 0; k < 4; k++) {
        if (positions[k] < 0) {
          issues.add(Issue.error(IssueCode.MISSING_COLUMN, new Location(file, "", headerRow, ""), "",
              "required column '%s' is missing (found %s)".formatted(required[k], String.join(", ", names)), LAYOUT));
        }
      }
      if (region < 0 || measure < 0 || year < 0 || value < 0) {
        return new Parsed(file, rows.build(), issues, 0, List.of());
      }
      String regionName = names.get(region);
      String measureName = names.get(measure);
      String yearName = names.get(year);
      String valueName = names.get(value);
      rows.keyColumns(regionName, measureName);
      while (csv.next()) {
        if (csv.blank()) {
          continue;
        }
        int line = csv.line();
        if (csv.size() > names.size()) {
          boolean extra = false;
          for (int i = names.size(); i < csv.size(); i++) {
            extra |= csv.chars(i).length() > 0;
          }
          if (extra) {
            issues.add(Issue.error(IssueCode.BAD_FILE, new Location(file, "", line, ""), "",
                "the row has %d values but the header has %d columns".formatted(csv.size(), names.size()),
                "remove the extra values or add a header for them"));
            continue;
          }
        }
        String r = csv.cached(region);
        String m = csv.cached(measure);
        boolean ok = true;
        if (r.isEmpty()) {
          ok = false;
          issues.add(Issue.error(IssueCode.EMPTY_KEY, new Location(file, "", line, regionName), "",
              "the region is empty", "write the region's name or code, e.g. 广东 or 44"));
        }
        if (m.isEmpty()) {
          ok = false;
          issues.add(Issue.error(IssueCode.EMPTY_KEY, new Location(file, "", line, measureName), "",
              "the measure is empty", "write the measure's code, e.g. valid_patents[invention]"));
        }
        CharSequence yearText = csv.chars(year);
        int y = Years.cell(yearText);
        if (y < 0) {
          ok = false;
          issues.add(Issue.error(IssueCode.BAD_YEAR, new Location(file, "", line, yearName), yearText.toString(),
              "'%s' is not a year".formatted(yearText), "write the year as four digits, e.g. 2024"));
        }
        Notation.Reading v = Notation.parse(csv.chars(value));
        switch (v.kind()) {
          case INVALID -> issues.add(Issue.error(IssueCode.NOT_A_NUMBER, new Location(file, "", line, valueName),
              csv.text(value), v.problem(), v.fix()));
          case MISSING -> missing++;
          case NUMBER -> {
            if (ok) {
              String u = v.unit().isEmpty() ? (unit < 0 ? "" : csv.cached(unit)) : v.unit();
              rows.add(m, r, y, v.unscaled(), v.scale(), u, "", line, valueName);
            }
          }
        }
      }
      if (rows.size() == 0 && missing == 0 && issues.isEmpty()) {
        issues.add(Issue.error(IssueCode.EMPTY_FILE, Location.of(file), "", "the file has a header but no data rows",
            "add one row per value: region, measure, year, value"));
      }
    } catch (CsvReader.MalformedCsvException e) {
      issues.add(Issue.error(IssueCode.BAD_FILE, new Location(file, "", e.line(), ""), "",
          "a quoted field that starts here is never closed", "check for a quote (\") that is opened but never closed"));
    } catch (CharacterCodingException e) {
      issues.add(Issue.error(IssueCode.BAD_FILE, Location.of(file), "", "the file is not UTF-8 text (GBK or another encoding?)",
          "save it as \"CSV UTF-8\" and read it again"));
    }
    return new Parsed(file, rows.build(), issues, missing, List.of());
  }

  private static int find(List<String> names, String name) {
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }
}
