package org.ipindex.io.ingest.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ipindex.core.model.DataException;
import org.ipindex.io.ingest.Issue;
import org.ipindex.io.ingest.IssueCode;
import org.ipindex.io.ingest.Location;
import org.ipindex.io.ingest.Problems;
import org.ipindex.io.ingest.TextTable;

/**
 * Reads the catalogue files: measures ({@code frameworks/measures.csv}: {@code code, name_zh,
 * name_en, unit, kind, accrual, regions_add_up, parts, sum_tolerance, aliases, note}) and regions
 * ({@code data/region-aliases.csv}: {@code code, type, parent, in_parent_sum, name_zh, full_name_zh,
 * name_en, aliases}). Lists ({@code parts}, {@code aliases}) are separated by {@code ;}.
 */
public final class CatalogueFiles {
  /** The columns of a measures file. */
  public static final List<String> MEASURE_COLUMNS = List.of("code", "name_zh", "name_en", "unit", "kind", "accrual",
      "regions_add_up", "parts", "sum_tolerance", "aliases", "note");
  /** The columns of a regions file. */
  public static final List<String> REGION_COLUMNS = List.of("code", "type", "parent", "in_parent_sum", "name_zh",
      "full_name_zh", "name_en", "aliases");

  private CatalogueFiles() {}

  /**
   * Reads both files (streams closed here) into a catalogue.
   *
   * @throws DataException listing every problem of both files
   */
  public static InMemoryCatalogue read(String measuresFile, InputStream measures, String regionsFile, InputStream regions)
      throws IOException {
    List<Issue> issues = new ArrayList<>();
    List<Measure> ms = measures(TextTable.read(measuresFile, measures, issues), issues);
    List<Region> rs = regions(TextTable.read(regionsFile, regions, issues), issues);
    if (!issues.isEmpty()) {
      throw Problems.of(issues).toException(true);
    }
    try {
      return InMemoryCatalogue.of(ms, rs);
    } catch (IllegalArgumentException e) {
      throw DataException.of(org.ipindex.core.model.ProblemCode.BAD_VALUE, measuresFile + ", " + regionsFile, e.getMessage());
    }
  }

  static List<Measure> measures(TextTable t, List<Issue> issues) {
    List<Measure> out = new ArrayList<>();
    if (!t.require(List.of("code", "unit", "kind", "accrual"), "a measures file has the columns " + MEASURE_COLUMNS, issues)) {
      return out;
    }
    Set<String> codes = new HashSet<>();
    for (TextTable.Line l : t.rows()) {
      String code = cell(t, l, "code");
      Location at = new Location(t.file(), "", l.row(), "code");
      if (code.isEmpty()) {
        issues.add(Issue.error(IssueCode.EMPTY_KEY, at, "", "the code is empty", "give every measure a code"));
        continue;
      }
      if (!codes.add(code)) {
        issues.add(Issue.error(IssueCode.DUPLICATE_KEY, at, code, "measure '%s' appears twice".formatted(code), "keep one of the rows"));
        continue;
      }
      MeasureKind kind = choice(MeasureKind.class, t, l, "kind", issues);
      Accrual accrual = choice(Accrual.class, t, l, "accrual", issues);
      boolean adds = yesNo(t, l, "regions_add_up", issues);
      String tol = cell(t, l, "sum_tolerance");
      double tolerance = Measure.DEFAULT_SUM_TOLERANCE;
      if (!tol.isEmpty()) {
        try {
          tolerance = Double.parseDouble(tol);
        } catch (NumberFormatException e) {
          tolerance = Double.NaN;
        }
        if (!(tolerance >= 0 && tolerance < 1)) {
          issues.add(Issue.error(IssueCode.NOT_A_NUMBER, new Location(t.file(), "", l.row(), "sum_tolerance"), tol,
              "'%s' is not a relative tolerance".formatted(tol), "write a fraction such as 0.001 (= 0.1 %) or leave it empty"));
          tolerance = Measure.DEFAULT_SUM_TOLERANCE;
        }
      }
      if (kind != null && accrual != null) {
        out.add(new Measure(code, cell(t, l, "name_zh"), cell(t, l, "name_en"), cell(t, l, "unit"), kind, accrual, adds,
            list(cell(t, l, "parts")), tolerance, list(cell(t, l, "aliases")), cell(t, l, "note")));
      }
    }
    return out;
  }

  static List<Region> regions(TextTable t, List<Issue> issues) {
    List<Region> out = new ArrayList<>();
    if (!t.require(List.of("code", "type", "parent", "in_parent_sum"), "a regions file has the columns " + REGION_COLUMNS, issues)) {
      return out;
    }
    for (TextTable.Line l : t.rows()) {
      String code = cell(t, l, "code");
      if (code.isEmpty()) {
        issues.add(Issue.error(IssueCode.EMPTY_KEY, new Location(t.file(), "", l.row(), "code"), "", "the code is empty",
            "give every region a code"));
        continue;
      }
      RegionType type = choice(RegionType.class, t, l, "type", issues);
      InParentSum sum = choice(InParentSum.class, t, l, "in_parent_sum", issues);
      if (type != null && sum != null) {
        out.add(new Region(code, type, cell(t, l, "parent"), sum, cell(t, l, "name_zh"), cell(t, l, "full_name_zh"),
            cell(t, l, "name_en"), list(cell(t, l, "aliases"))));
      }
    }
    return out;
  }

  private static String cell(TextTable t, TextTable.Line l, String column) {
    return l.cell(t.column(column));
  }

  private static List<String> list(String text) {
    return text.isEmpty() ? List.of() : Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static boolean yesNo(TextTable t, TextTable.Line l, String column, List<Issue> issues) {
    String v = cell(t, l, column).toLowerCase(Locale.ROOT);
    if (v.equals("yes")) {
      return true;
    }
    if (!v.isEmpty() && !v.equals("no")) {
      issues.add(Issue.error(IssueCode.BAD_MAPPING, new Location(t.file(), "", l.row(), column), v,
          "'%s' is not yes or no".formatted(v), "write yes or no"));
    }
    return false;
  }

  private static <E extends Enum<E>> E choice(Class<E> type, TextTable t, TextTable.Line l, String column, List<Issue> issues) {
    String v = cell(t, l, column);
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(v)) {
        return e;
      }
    }
    issues.add(Issue.error(IssueCode.BAD_MAPPING, new Location(t.file(), "", l.row(), column), v,
        "'%s' is not a %s".formatted(v, column),
        "write one of " + String.join(", ", Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList())));
    return null;
  }
}
