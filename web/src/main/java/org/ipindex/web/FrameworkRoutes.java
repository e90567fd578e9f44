package org.ipindex.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ipindex.app.Bundled;
import org.ipindex.core.build.StepSpec;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Node;
import org.ipindex.core.result.Results;

/**
 * The frameworks: {@code /api/frameworks} lists them with their evaluation years and coverage;
 * {@code /api/frameworks/{framework}} gives the tree (every node with its names, unit, direction,
 * kind, the weight given, the weight among its siblings and in the index as the evaluation used
 * them) and the recipe (its steps and its text, comments included). The node table is also CSV.
 */
final class FrameworkRoutes {
  private static final List<String> COLUMNS = List.of("code", "parent", "level", "name_zh", "name_en", "unit", "direction",
      "kind", "weight", "weight_among_siblings", "weight_in_index", "indicators", "note");

  record Summary(String name, String root, String nameZh, String nameEn, int indicators, List<Integer> evaluationYears,
      Integer evaluationYear, Integer dataYear, CoverageView coverage) {}

  record NodeView(String code, String parent, int level, String nameZh, String nameEn, String unit, int direction,
      String kind, double weight, double weightAmongSiblings, double weightInIndex, int indicators, String note) {}

  record Step(String verb, Map<String, Object> params) {}

  record RecipeView(String name, int evaluationYearOffset, List<Step> steps, String text) {}

  record Tree(String name, String release, String root, int evaluationYear, int dataYear, List<Integer> evaluationYears,
      List<NodeView> nodes, RecipeView recipe) {}

  private FrameworkRoutes() {}

  static void register(Javalin app, Site site) {
    app.get("/api/frameworks", ctx -> {
      new Query(ctx);
      Published p = site.published();
      List<Summary> out = new ArrayList<>();
      for (String name : p.frameworks()) {
        var years = p.evaluations(name);
        Scores s = years.isEmpty() ? null : years.lastEntry().getValue();
        Node root = s == null ? null : s.framework().root();
        out.add(new Summary(name, root == null ? null : root.code(), root == null ? null : root.nameZh(),
            root == null ? null : root.nameEn(), s == null ? 0 : s.framework().indicators().size(),
            List.copyOf(years.keySet()), s == null ? null : s.evaluationYear(), s == null ? null : s.dataYear(),
            s == null ? null : CoverageView.of(s.evaluation().coverage(), s.framework())));
      }
      Reply.json(ctx, out);
    });
    app.get("/api/frameworks/{framework}", ctx -> {
      Query q = new Query(ctx, "year", "release", "format");
      String name = ctx.pathParam("framework");
      Scores s = Select.scores(site.published(), name, q);
      List<NodeView> nodes = nodes(s.results());
      RecipeView recipe = recipe(s);
      Reply.table(ctx, q.format(), name + "-framework.csv",
          () -> Json.bytes(new Tree(name, s.release() == null ? null : s.release().name(), s.framework().root().code(),
              s.evaluationYear(), s.dataYear(), List.copyOf(site.published().evaluations(name).keySet()), nodes,
              recipe)),
          () -> Csv.table(COLUMNS, nodes.stream().map(n -> Arrays.<Object>asList(n.code(), n.parent(), n.level(),
              n.nameZh(), n.nameEn(), n.unit(), n.direction(), n.kind(), n.weight(), n.weightAmongSiblings(),
              n.weightInIndex(), n.indicators(), n.note())).toList()));
    });
  }

  static List<NodeView> nodes(Results results) {
    Framework f = results.framework();
    List<NodeView> out = new ArrayList<>();
    for (Node n : f.nodes()) {
      boolean root = n.parentCode() == null || n.parentCode().isEmpty();
      out.add(new NodeView(n.code(), root ? null : n.parentCode(), f.level(n.code()), n.nameZh(), n.nameEn(), n.unit(),
          n.direction().sign(), f.isIndicator(n.code()) ? n.kind().name().toLowerCase(java.util.Locale.ROOT) : "",
          n.weight(), root ? 1 : results.weights().of(n.code()), results.weights().effective(f, n.code()),
          f.indicatorsUnder(n.code()).size(), n.note()));
    }
    return out;
  }

  private static RecipeView recipe(Scores s) throws IOException {
    String text = s.release() != null ? s.release().recipeText() : Bundled.text(Bundled.recipePath(s.frameworkName()));
    var recipe = s.evaluation().recipe();
    List<Step> steps = new ArrayList<>();
    for (StepSpec spec : recipe.steps()) {
      steps.add(new Step(spec.verb(), spec.params().values()));
    }
    return new RecipeView(recipe.name(), recipe.evaluationYearOffset(), steps, text);
  }
}
