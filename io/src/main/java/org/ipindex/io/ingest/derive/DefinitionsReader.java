package org.ipindex.io.ingest.derive;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ipindex.core.formula.Definition;
import org.ipindex.core.formula.Formula;
import org.ipindex.core.formula.FormulaException;
import org.ipindex.core.model.DataException;
import org.ipindex.io.ingest.Issue;
import org.ipindex.io.ingest.IssueCode;
import org.ipindex.io.ingest.Location;
import org.ipindex.io.ingest.Problems;
import org.ipindex.io.ingest.Spellings;
import org.ipindex.io.ingest.TextTable;
import org.ipindex.io.ingest.catalogue.CatalogueView;

/**
 * Reads derived-indicator definitions: {@code indicator, formula, unit, computable_from_bundled_data,
 * note}, one row per framework indicator ({@code frameworks/regional.derived.csv}). An empty formula
 * means none is known. Every problem is collected; a formula that does not parse is reported with
 * its position.
 */
public final class DefinitionsReader {
  /** The columns. */
  public static final List<String> COLUMNS = List.of("indicator", "formula", "unit", "computable_from_bundled_data", "note");

  private DefinitionsReader() {}

  /**
   * Reads definitions (the stream is closed here) without checking the measures they read.
   *
   * @throws DataException listing every problem of the file
   */
  public static List<Definition> read(String file, InputStream in) throws IOException {
    return read(file, in, null);
  }

  /**
   * Reads definitions (the stream is closed here); every measure a formula reads must be in the
   * catalogue, by code or alias, and is rewritten to its code ({@code valid_invention_patents} →
   * {@code valid_patents[invention]}).
   *
   * @param catalogue the measures formulas may read; null to skip the check
   * @throws DataException listing every problem of the file
   */
  public static List<Definition> read(String file, InputStream in, CatalogueView catalogue) throws IOException {
    List<Issue> issues = new ArrayList<>();
    TextTable t = TextTable.read(file, in, issues);
    List<Definition> out = new ArrayList<>();
    if (issues.isEmpty() && t.require(List.of("indicator", "formula"), "a definitions file has the columns " + COLUMNS, issues)) {
      int code = t.column("indicator");
      int formula = t.column("formula");
      int unit = t.column("unit");
      int computable = t.column("computable_from_bundled_data");
      int note = t.column("note");
      Set<String> seen = new HashSet<>();
      for (TextTable.Line l : t.rows()) {
        String indicator = l.cell(code);
        if (indicator.isEmpty()) {
          issues.add(Issue.error(IssueCode.EMPTY_KEY, new Location(file, "", l.row(), "indicator"), "",
              "the indicator is empty", "give the framework indicator's code, e.g. R19"));
          continue;
        }
        if (!seen.add(indicator)) {
          issues.add(Issue.error(IssueCode.DUPLICATE_KEY, new Location(file, "", l.row(), "indicator"), indicator,
              "indicator '%s' is defined twice".formatted(indicator), "keep one definition per indicator"));
          continue;
        }
        String text = l.cell(formula);
        Formula f = null;
        if (!text.isEmpty()) {
          try {
            f = Formula.parse(text);
          } catch (FormulaException e) {
            issues.add(Issue.error(IssueCode.BAD_MAPPING, new Location(file, "", l.row(), "formula"), text,
                "the formula of %s does not parse at character %d: %s".formatted(indicator, e.position() + 1, e.problem()),
                "write measures, numbers, + - * /, brackets, sum(…), if_missing(x, y) or lag(x), e.g. valid_patents[invention] / population_year_end"));
            continue;
          }
        }
        if (f != null && catalogue != null) {
          List<String> unknown = f.inputs().stream().filter(m -> catalogue.measure(m).isEmpty()).toList();
          for (String m : unknown) {
            issues.add(Issue.error(IssueCode.UNKNOWN_MEASURE, new Location(file, "", l.row(), "formula"), text,
                "the formula of %s reads '%s', which is not a measure%s".formatted(indicator, m,
                    Spellings.suggest(m, catalogue.spellings(false))),
                "write a measure code from frameworks/measures.csv (e.g. valid_patents[invention]) or one of its aliases"));
          }
          if (!unknown.isEmpty()) {
            continue;
          }
          f = f.withSeries(m -> catalogue.measure(m).orElseThrow().code());
        }
        String yes = l.cell(computable).toLowerCase(Locale.ROOT);
        if (!yes.isEmpty() && !yes.equals("yes") && !yes.equals("no")) {
          issues.add(Issue.error(IssueCode.BAD_MAPPING, new Location(file, "", l.row(), "computable_from_bundled_data"), yes,
              "'%s' is not yes or no".formatted(yes), "write yes or no"));
        }
        out.add(new Definition(indicator, f, l.cell(unit), yes.equals("yes"), l.cell(note)));
      }
    }
    if (!issues.isEmpty()) {
      throw Problems.of(issues).toException(true);
    }
    return out;
  }
}
