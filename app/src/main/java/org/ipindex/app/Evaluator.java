package org.ipindex.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ipindex.core.build.Build;
import org.ipindex.core.build.Params;
import org.ipindex.core.build.Recipe;
import org.ipindex.core.build.StepSpec;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Panel;
import org.ipindex.core.model.ProblemCode;
import org.ipindex.core.result.CoverageReport;
import org.ipindex.core.result.GroupStatistics;
import org.ipindex.core.result.Results;
import org.ipindex.io.FrameworkFile;
import org.ipindex.io.FrameworkReader;
import org.ipindex.io.PanelFile;
import org.ipindex.io.PanelReader;
import org.ipindex.io.RecipeReader;

/**
 * The evaluate use case: reads a framework, data and a recipe (files, or the bundled official ones),
 * recognises provinces however they are written, evaluates the requested year and collects
 * coverage and group statistics. Shared by the CLI and, later, the web.
 *
 * <p>Only years up to the evaluated data year are used, so pooled bounds never look into the
 * future: the 2024 evaluation gives the same numbers whether or not 2024 data exist yet.
 */
public final class Evaluator {
  /** The recipe used for a framework of the analyst's own when no recipe is given. */
  public static final Recipe DEFAULT_RECIPE = new Recipe("default", 0, List.of(
      new StepSpec("normalise", new Params("default recipe", Map.of("method", "minmax", "lower", 0, "upper", 100))),
      new StepSpec("weight", new Params("default recipe", Map.of("method", "framework"))),
      new StepSpec("aggregate", new Params("default recipe", Map.of("method", "arithmetic")))));

  /** Score above which group statistics count a unit ("how many provinces are above 80"). */
  public static final double GROUP_THRESHOLD = 80;

  private final Regions regions;

  public Evaluator(Regions regions) {
    this.regions = regions;
  }

  /** Returns an evaluator with the bundled provinces. */
  public static Evaluator bundled() {
    return new Evaluator(Regions.bundled());
  }

  /**
   * Runs the evaluation.
   *
   * @throws DataException for anything wrong in the inputs (files named, rows and columns given)
   * @throws IOException when a file cannot be read for another reason
   */
  public Evaluation evaluate(EvaluationRequest request) throws IOException {
    List<String> notes = new ArrayList<>();
    boolean official = Bundled.isEvaluation(request.framework());
    FrameworkFile frameworkFile = readFramework(request.framework());
    Framework framework = frameworkFile.framework();
    Recipe recipe = readRecipe(request, official, notes);
    PanelFile panelFile = readData(request, official, frameworkFile, notes);
    notes.addAll(panelFile.warnings());
    Panel panel = new UnitNames(regions).canonical(panelFile.panel(), notes);

    int dataYear = dataYear(panel, framework, recipe, request.evaluationYear());
    Panel upTo = PanelYears.upTo(panel, dataYear);
    Build build = Build.replay(upTo, framework, recipe);
    Results results = build.results();
    CoverageReport coverage = CoverageReport.of(results, dataYear);
    notes.addAll(unscored(build, results, dataYear));
    Evaluation e = new Evaluation(build, results, recipe, dataYear, dataYear + recipe.evaluationYearOffset(), coverage,
        null, List.of(), notes);
    return request.groupBy() == null ? e : grouped(e, request.groupBy());
  }

  /**
   * Returns the evaluation with statistics of its index per group (mean, median, leaders, gainers, count
   * above {@link #GROUP_THRESHOLD}) of {@code groupBy}: {@code area} or {@code strategic_region} for the
   * provinces, or a grouping column of the data.
   *
   * @throws DataException for an unknown grouping, or a bundled one when the units are not the provinces
   */
  public Evaluation grouped(Evaluation e, String groupBy) {
    List<GroupStatistics.GroupStat> groups = GroupStatistics.of(e.results(), e.build().framework().root().code(),
        e.dataYear(), groupsFor(groupBy, e.build().dataset("raw")), GROUP_THRESHOLD, 3);
    return new Evaluation(e.build(), e.results(), e.recipe(), e.dataYear(), e.evaluationYear(), e.coverage(), groupBy,
        groups, e.notes());
  }

  /** Names indicators that have data in the year but no score (e.g. no base-year value to index against). */
  static List<String> unscored(Build build, Results results, int dataYear) {
    Panel raw = build.dataset("raw");
    int y = raw.yearIndex(dataYear);
    List<String> codes = new ArrayList<>();
    for (var n : build.framework().indicators()) {
      int s = raw.seriesIndex(n.code());
      boolean hasRaw = hasValue(raw, s, y);
      boolean hasScore = false;
      for (String unit : results.units()) {
        hasScore |= !Double.isNaN(results.score(unit, n.code(), dataYear));
      }
      if (hasRaw && !hasScore) {
        codes.add(n.code());
      }
    }
    if (codes.isEmpty()) {
      return List.of();
    }
    return List.of(("%d indicators have %d data but no score (%s): the recipe could not score them, e.g. "
        + "base_year_index without a value in the base year").formatted(codes.size(), dataYear, String.join(", ", codes)));
  }

  private static FrameworkFile readFramework(String framework) throws IOException {
    if (Bundled.isEvaluation(framework)) {
      try (InputStream in = Bundled.open(Bundled.frameworkPath(framework))) {
        return FrameworkReader.read(framework + ".csv", in, framework);
      }
    }
    return FrameworkReader.read(existing(Path.of(framework), "--framework", "national, regional"));
  }

  private static Recipe readRecipe(EvaluationRequest request, boolean official, List<String> notes)
      throws IOException {
    if (request.recipe() != null) {
      return RecipeReader.read(existing(request.recipe(), "--recipe", null));
    }
    if (official) {
      String path = Bundled.recipePath(request.framework());
      return RecipeReader.read(request.framework() + ".yaml", Bundled.text(path), null);
    }
    notes.add("no --recipe given: using the default recipe (min-max 0–100 per year, framework weights, "
        + "arithmetic mean)");
    return DEFAULT_RECIPE;
  }

  private static PanelFile readData(EvaluationRequest request, boolean official, FrameworkFile framework,
      List<String> notes) throws IOException {
    PanelReader reader = PanelReader.of(framework);
    if (request.data() != null) {
      return reader.read(existing(request.data(), "--data", null));
    }
    if (!official) {
      throw DataException.of(ProblemCode.MISSING_DATA, "--data",
          "no data given; name a data file with --data FILE (long CSV: unit, indicator, year, value; or COINr iData)");
    }
    notes.add("no --data given: using the bundled real data (data/%s-indicators.csv; see data/README.md)"
        .formatted(request.framework()));
    try (InputStream in = Bundled.open(Bundled.dataPath(request.framework()))) {
      return reader.read(request.framework() + "-indicators.csv", in);
    }
  }

  private static Path existing(Path file, String option, String alternatives) {
    if (!Files.isRegularFile(file)) {
      throw DataException.of(ProblemCode.BAD_FILE, option + " " + file,
          "file not found (working directory: %s)%s".formatted(Path.of("").toAbsolutePath(),
              alternatives == null ? "" : "; or use one of the official names: " + alternatives));
    }
    return file;
  }

  /** Returns the data year: the one asked for (checked), or the latest with any indicator value. */
  static int dataYear(Panel panel, Framework framework, Recipe recipe, Integer evaluationYear) {
    int[] years = panel.years();
    if (evaluationYear != null) {
      int y = recipe.dataYear(evaluationYear);
      if (panel.yearIndex(y) < 0) {
        throw DataException.of(ProblemCode.MISSING_DATA, "--year " + evaluationYear,
            ("the %d evaluation uses data of %d (the recipe '%s' sets evaluation year = data year + %d), but "
                + "the data cover %s; choose an evaluation year from %s")
                .formatted(evaluationYear, y, recipe.name(), recipe.evaluationYearOffset(), Arrays.toString(years),
                    Arrays.toString(Arrays.stream(years).map(x -> x + recipe.evaluationYearOffset()).toArray())));
      }
      return y;
    }
    for (int i = years.length - 1; i >= 0; i--) {
      for (var n : framework.indicators()) {
        int s = panel.seriesIndex(n.code());
        if (s >= 0 && hasValue(panel, s, i)) {
          return years[i];
        }
      }
    }
    throw DataException.of(ProblemCode.MISSING_DATA, "data", "no indicator of the framework has any value");
  }

  private static boolean hasValue(Panel panel, int s, int y) {
    for (int u = 0; u < panel.unitCount(); u++) {
      if (!Double.isNaN(panel.value(u, s, y))) {
        return true;
      }
    }
    return false;
  }

  private Map<String, List<String>> groupsFor(String groupBy, Panel panel) {
    if (panel.groupings().containsKey(groupBy)) {
      return GroupStatistics.groupsOf(panel.units(), panel.groupings().get(groupBy));
    }
    if (groupBy.equals(Regions.AREA) || groupBy.equals(Regions.STRATEGIC_REGION)) {
      if (panel.units().stream().allMatch(u -> regions.province(u).isPresent())) {
        return regions.groups(groupBy);
      }
      throw DataException.of(ProblemCode.BAD_PARAMETER, "--group-by " + groupBy,
          "the units are not the 31 provinces, so the bundled %s grouping does not apply; use a grouping column of the data (%s)"
              .formatted(groupBy, panel.groupings().keySet()));
    }
    throw DataException.of(ProblemCode.BAD_PARAMETER, "--group-by " + groupBy,
        "unknown grouping '%s'; use area or strategic_region for provinces, or a grouping column of the data %s"
            .formatted(groupBy, panel.groupings().keySet()));
  }
}
