package org.ipindex.app;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.ipindex.core.build.Build;
import org.ipindex.core.build.Recipe;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Panel;
import org.ipindex.core.model.ProblemCode;
import org.ipindex.core.result.CoverageReport;
import org.ipindex.core.result.Results;
import org.ipindex.io.FrameworkFile;
import org.ipindex.io.FrameworkReader;
import org.ipindex.io.RecipeReader;
import org.ipindex.store.Store;

/**
 * The evaluate use case on the store's data: an official framework with its official recipe, on the
 * values the store holds (now, or as of a moment) of the framework's indicators and denominators, for
 * every region that has any of them. These are the numbers a release created at that moment would
 * freeze ({@link ReleaseService#create} reads the same panel), evaluated for every evaluation year the
 * data allow. The web serves them as the latest results.
 *
 * <p>Each evaluation year is its own evaluation and sees only the data up to its data year (as
 * {@link Evaluator} does), so pooled bounds never look into the future.
 */
public final class StoreEvaluator {
  private StoreEvaluator() {}

  /**
   * Evaluates an official framework on the store's values as of {@code moment} ({@link Instant#MAX}: the
   * current values), once for each data year in which some indicator has a value.
   *
   * @return evaluation year → evaluation, ascending; empty when the store holds no indicator value
   * @throws DataException when {@code framework} is not an official one
   * @throws IOException when a bundled file cannot be read
   */
  public static NavigableMap<Integer, Evaluation> everyYear(Store store, String framework, Instant moment)
      throws IOException {
    if (!Bundled.isEvaluation(framework)) {
      throw DataException.of(ProblemCode.BAD_PARAMETER, "framework " + framework,
          "the store is evaluated with the official frameworks only; use one of " + Bundled.EVALUATIONS);
    }
    FrameworkFile file;
    try (InputStream in = Bundled.open(Bundled.frameworkPath(framework))) {
      file = FrameworkReader.read(framework + ".csv", in, framework);
    }
    Recipe recipe = RecipeReader.read(framework + ".yaml", Bundled.text(Bundled.recipePath(framework)), null);
    Panel panel = store.observations().asOf(moment, ReleaseService.measures(file), null, null);
    NavigableMap<Integer, Evaluation> out = new TreeMap<>();
    for (int dataYear : yearsWithData(panel, file.framework())) {
      Build build = Build.replay(PanelYears.upTo(panel, dataYear), file.framework(), recipe);
      Results results = build.results();
      List<String> notes = List.of(moment.equals(Instant.MAX) ? "data: the store's current values"
          : "data: the store's values as of " + moment);
      out.put(dataYear + recipe.evaluationYearOffset(), new Evaluation(build, results, recipe, dataYear,
          dataYear + recipe.evaluationYearOffset(), CoverageReport.of(results, dataYear), null, List.of(), notes));
    }
    return Collections.unmodifiableNavigableMap(out);
  }

  /** Returns the years in which at least one indicator of the framework has a value, ascending. */
  static List<Integer> yearsWithData(Panel panel, Framework framework) {
    List<Integer> years = new ArrayList<>();
    for (int y = 0; y < panel.yearCount(); y++) {
      boolean any = false;
      for (var n : framework.indicators()) {
        int s = panel.seriesIndex(n.code());
        for (int u = 0; s >= 0 && u < panel.unitCount() && !any; u++) {
          any = !Double.isNaN(panel.value(u, s, y));
        }
      }
      if (any) {
        years.add(panel.year(y));
      }
    }
    return years;
  }
}
