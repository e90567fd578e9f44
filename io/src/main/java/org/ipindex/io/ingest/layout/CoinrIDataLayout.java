package org.ipindex.io.ingest.layout;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ipindex.io.ingest.Issue;
import org.ipindex.io.ingest.IssueCode;
import org.ipindex.io.ingest.Location;
import org.ipindex.io.ingest.Notation;
import org.ipindex.io.ingest.Parsed;
import org.ipindex.io.ingest.StagedRows;
import org.ipindex.io.ingest.TextTable;
import org.ipindex.io.ingest.Years;

/**
 * Reads COINr's {@code iData}: one row per unit (and year), {@code uCode} (the region), optional
 * {@code uName} and {@code Time} (the year; without it every value is of {@code defaultYear}),
 * group columns (ending in {@code _group}, or named) and one column per measure, its header the
 * measure's code.
 */
public final class CoinrIDataLayout {
  private CoinrIDataLayout() {}

  /**
   * Reads an iData CSV (the stream is closed here).
   *
   * @param groupColumns further columns that hold groups rather than measures
   * @param defaultYear the year of the values when there is no {@code Time} column
   */
  public static Parsed read(String file, InputStream in, Set<String> groupColumns, int defaultYear) throws IOException {
    List<Issue> issues = new ArrayList<>();
    StagedRows.Builder rows = StagedRows.builder(file);
    TextTable t = TextTable.read(file, in, issues);
    int unit = t.column("uCode");
    if (unit < 0) {
      if (!t.header().isEmpty()) {
        issues.add(Issue.error(IssueCode.MISSING_COLUMN, new Location(file, "", 1, ""), "",
            "required column 'uCode' is missing (found %s)".formatted(String.join(", ", t.header())),
            "COINr's iData has uCode, optional uName and Time, group columns and one column per indicator"));
      }
      return new Parsed(file, rows.build(), issues, 0, List.of());
    }
    int name = t.column("uName");
    int time = t.column("Time");
    List<Integer> measures = new ArrayList<>();
    for (int c = 0; c < t.header().size(); c++) {
      String h = t.header().get(c);
      if (c != unit && c != name && c != time && !h.toLowerCase(Locale.ROOT).endsWith("_group") && !groupColumns.contains(h)) {
        measures.add(c);
      }
    }
    rows.keyColumns("uCode", "");
    int missing = 0;
    for (TextTable.Line l : t.rows()) {
      String region = l.cell(unit);
      int year = defaultYear;
      if (time >= 0) {
        year = Years.cell(l.cell(time));
        if (year < 0) {
          issues.add(Issue.error(IssueCode.BAD_YEAR, new Location(file, "", l.row(), "Time"), l.cell(time),
              "'%s' is not a year".formatted(l.cell(time)), "write the year as four digits, e.g. 2024"));
          continue;
        }
      }
      if (region.isEmpty()) {
        issues.add(Issue.error(IssueCode.EMPTY_KEY, new Location(file, "", l.row(), "uCode"), "", "the unit code is empty",
            "give the unit's code"));
        continue;
      }
      for (int c : measures) {
        String h = t.header().get(c);
        Notation.Reading r = Notation.parse(l.cell(c));
        switch (r.kind()) {
          case INVALID -> issues.add(Issue.error(IssueCode.NOT_A_NUMBER, new Location(file, "", l.row(), h), l.cell(c),
              r.problem(), r.fix()));
          case MISSING -> missing++;
          case NUMBER -> rows.add(h, region, year, r.unscaled(), r.scale(), r.unit(), "", l.row(), h);
        }
      }
    }
    return new Parsed(file, rows.build(), issues, missing, List.of());
  }
}
