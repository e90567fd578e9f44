package org.ipindex.app;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ipindex.core.build.Build;
import org.ipindex.core.build.Recipe;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Node;
import org.ipindex.core.model.Panel;
import org.ipindex.core.model.ProblemCode;
import org.ipindex.core.result.CoverageReport;
import org.ipindex.core.result.ResultRow;
import org.ipindex.core.result.Results;
import org.ipindex.io.FrameworkFile;
import org.ipindex.io.FrameworkReader;
import org.ipindex.io.RecipeReader;
import org.ipindex.store.NewRelease;
import org.ipindex.store.Release;
import org.ipindex.store.ReleaseRow;
import org.ipindex.store.Store;

/**
 * The release use cases: create a release (freeze the store's data as of now, the framework and
 * the recipe, evaluate, store the results) and re-evaluate a release from what it froze, comparing
 * with its stored results bit for bit.
 *
 * <p>The data of a release are the store's values of the framework's indicators (and denominators)
 * for the chosen regions as of the release's moment; later imports and revisions do not change them.
 */
public final class ReleaseService {
  private ReleaseService() {}

  /**
   * What to release.
   *
   * @param name the release's name
   * @param framework {@code national}, {@code regional}, or a framework file
   * @param recipe a recipe file, or null for the official recipe of an official framework
   * @param evaluationYear the evaluation year, or null for the latest with data
   * @param regions region spellings to evaluate, or null for every region with data for the framework
   * @param createdBy who creates it
   */
  public record Request(String name, String framework, Path recipe, Integer evaluationYear, List<String> regions,
      String createdBy) {
    public Request {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(framework, "framework");
      Objects.requireNonNull(createdBy, "createdBy");
    }
  }

  /**
   * A release evaluated again.
   *
   * @param release the release
   * @param evaluation the evaluation from its frozen framework, recipe and data
   * @param differences every result that differs from the stored one (empty: reproduced exactly)
   */
  public record Check(Release release, Evaluation evaluation, List<String> differences) {
    public Check {
      differences = List.copyOf(differences);
    }

    public boolean reproduced() {
      return differences.isEmpty();
    }
  }

  /** Creates a release; returns it with its evaluation. */
  public static Check create(Store store, Request request) throws IOException {
    Frozen frozen = frozen(request.framework(), request.recipe());
    Instant asOf = store.nextInstant();
    List<String> measures = measures(frozen.frameworkFile());
    List<String> regions = request.regions() == null
        ? store.observations().asOf(asOf, measures, null, null).units()
        : request.regions().stream().map(store.catalogue()::require).distinct().toList();
    if (regions.isEmpty()) {
      throw DataException.of(ProblemCode.MISSING_DATA, "release " + request.name(),
          "the store has no value of any indicator of framework '%s' (%s …); import data first"
              .formatted(request.framework(), String.join(", ", measures.subList(0, Math.min(5, measures.size())))));
    }
    Panel panel = store.observations().asOf(asOf, measures, regions, null);
    Evaluation e = evaluate(frozen, panel, request.evaluationYear());
    Release release = store.releases().create(new NewRelease(request.name(), e.evaluationYear(), e.dataYear(), asOf,
        request.createdBy(), frozen.frameworkName(), frozen.frameworkText(), frozen.recipeName(), frozen.recipeText(),
        measures, regions, rows(e.results())));
    return new Check(release, e, List.of());
  }

  /** Evaluates a release again from its frozen framework, recipe and data, and compares with its stored results. */
  public static Check reproduce(Store store, String name) {
    Release release = store.releases().require(name);
    Frozen frozen = new Frozen(release.frameworkName(), release.frameworkText(), release.recipeName(), release.recipeText());
    Panel panel = store.observations().asOf(release);
    Evaluation e = evaluate(frozen, panel, release.evaluationYear());
    return new Check(release, e, differences(store.releases().results(name), rows(e.results())));
  }

  /** Returns the code of the root of a release's framework (the index). */
  public static String rootCode(Release release) {
    return new Frozen(release.frameworkName(), release.frameworkText(), release.recipeName(), release.recipeText())
        .frameworkFile().framework().root().code();
  }

  private record Frozen(String frameworkName, String frameworkText, String recipeName, String recipeText) {
    FrameworkFile frameworkFile() {
      try {
        return FrameworkReader.read(frameworkName + ".csv",
            new ByteArrayInputStream(frameworkText.getBytes(StandardCharsets.UTF_8)), frameworkName);
      } catch (IOException e) {
        throw new IllegalStateException("reading a framework from memory", e);
      }
    }

    Recipe recipe() {
      return RecipeReader.read(recipeName.contains(".") ? recipeName : recipeName + ".yaml", recipeText, null);
    }
  }

  private static Frozen frozen(String framework, Path recipe) throws IOException {
    boolean official = Bundled.isEvaluation(framework);
    String frameworkName;
    String frameworkText;
    if (official) {
      frameworkName = framework;
      frameworkText = Bundled.text(Bundled.frameworkPath(framework));
    } else {
      Path file = Path.of(framework);
      if (!Files.isRegularFile(file)) {
        throw DataException.of(ProblemCode.BAD_FILE, "--framework " + framework,
            "file not found; name a framework CSV or an official one: national, regional");
      }
      frameworkName = baseName(file);
      frameworkText = Files.readString(file, StandardCharsets.UTF_8);
    }
    String recipeName;
    String recipeText;
    if (recipe != null) {
      if (!Files.isRegularFile(recipe)) {
        throw DataException.of(ProblemCode.BAD_FILE, "--recipe " + recipe, "file not found");
      }
      recipeName = recipe.getFileName().toString();
      recipeText = Files.readString(recipe, StandardCharsets.UTF_8);
    } else if (official) {
      recipeName = framework;
      recipeText = Bundled.text(Bundled.recipePath(framework));
    } else {
      throw DataException.of(ProblemCode.BAD_PARAMETER, "--recipe",
          "a release of framework '%s' needs its recipe: give --recipe FILE (official frameworks have theirs)"
              .formatted(framework));
    }
    Frozen f = new Frozen(frameworkName, frameworkText, recipeName, recipeText);
    f.recipe();
    return f;
  }

  private static String baseName(Path file) {
    String n = file.getFileName().toString();
    return n.contains(".") ? n.substring(0, n.lastIndexOf('.')) : n;
  }

  /** Returns the series a framework reads: its indicators, then the denominators, each once. */
  static List<String> measures(FrameworkFile file) {
    Set<String> out = new LinkedHashSet<>();
    file.framework().indicators().forEach(n -> out.add(n.code()));
    file.framework().nodes().stream().map(Node::denominator).filter(Objects::nonNull).forEach(out::add);
    out.addAll(file.denominators());
    return List.copyOf(out);
  }

  private static Evaluation evaluate(Frozen frozen, Panel panel, Integer evaluationYear) {
    FrameworkFile file = frozen.frameworkFile();
    Recipe recipe = frozen.recipe();
    if (panel.yearCount() == 0) {
      throw DataException.of(ProblemCode.MISSING_DATA, "store", "the store has no value of the framework's indicators");
    }
    int dataYear = Evaluator.dataYear(panel, file.framework(), recipe, evaluationYear);
    Panel upTo = PanelYears.upTo(panel, dataYear);
    Build build = Build.replay(upTo, file.framework(), recipe);
    Results results = build.results();
    List<String> notes = new ArrayList<>();
    notes.add("data: the store's values as of the release's moment");
    notes.addAll(Evaluator.unscored(build, results, dataYear));
    return new Evaluation(build, results, recipe, dataYear, dataYear + recipe.evaluationYearOffset(),
        CoverageReport.of(results, dataYear), null, List.of(), notes);
  }

  private static List<ReleaseRow> rows(Results results) {
    List<ReleaseRow> out = new ArrayList<>();
    for (ResultRow r : results.rows()) {
      out.add(new ReleaseRow(r.unitCode(), r.year(), r.code(), r.score(), r.rank(), r.change(), r.changePercent(),
          r.coverage()));
    }
    return out;
  }

  /** Lists every row that is missing, extra, or differs in any bit of any number. */
  static List<String> differences(List<ReleaseRow> stored, List<ReleaseRow> now) {
    Map<String, ReleaseRow> byKey = new LinkedHashMap<>();
    stored.forEach(r -> byKey.put(key(r), r));
    List<String> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (ReleaseRow r : now) {
      String k = key(r);
      seen.add(k);
      ReleaseRow s = byKey.get(k);
      if (s == null) {
        out.add(k + ": not in the release");
      } else if (!s.sameBits(r)) {
        out.add(k + ": " + fieldDifferences(s, r));
      }
    }
    byKey.keySet().stream().filter(k -> !seen.contains(k)).forEach(k -> out.add(k + ": in the release but not evaluated now"));
    return out;
  }

  private static String key(ReleaseRow r) {
    return r.unit() + " " + r.year() + " " + r.code();
  }

  private static String fieldDifferences(ReleaseRow s, ReleaseRow r) {
    List<String> parts = new ArrayList<>();
    compare(parts, "score", s.score(), r.score());
    compare(parts, "rank", s.rank(), r.rank());
    compare(parts, "change", s.change(), r.change());
    compare(parts, "change_pct", s.changePercent(), r.changePercent());
    compare(parts, "coverage", s.coverage(), r.coverage());
    return String.join("; ", parts);
  }

  private static void compare(List<String> parts, String field, double stored, double now) {
    if (Double.compare(stored, now) != 0) {
      parts.add(String.format(Locale.ROOT, "%s stored %s, now %s", field, stored, now));
    }
  }
}
