package org.ipindex.web;

import io.javalin.Javalin;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The tables of an evaluation by unit and by group: {@code /api/frameworks/{framework}/ranking} (the
 * ranking table, {@link Ranking}; filters {@code area}, {@code strategic_region}, {@code q}; sorting
 * {@code sort}, {@code order}) and {@code /api/frameworks/{framework}/groups} (group statistics of a
 * node by {@code by=area|strategic_region}, with all units first). JSON or CSV.
 */
final class RankingRoutes {
  private static final List<String> GROUP_COLUMNS = List.of("grouping", "group", "group_en", "units", "present", "mean",
      "median", "min", "max", "mean_change", "median_change", "above_80", "top", "gainers");

  record RankingView(String framework, String release, int evaluationYear, int dataYear, String sort, String order,
      int total, int shown, CoverageView coverage, List<String> notes, List<Ranking.Column> columns,
      List<List<Object>> rows) {}

  record GroupsView(String framework, String release, int evaluationYear, int dataYear, String code, String nameZh,
      String nameEn, String by, List<Statistics.Group> groups) {}

  private RankingRoutes() {}

  static void register(Javalin app, Site site) {
    app.get("/api/frameworks/{framework}/ranking", ctx -> {
      Query q = new Query(ctx, "year", "release", "area", "strategic_region", "q", "sort", "order", "lang", "format");
      Published p = site.published();
      Scores s = Select.scores(p, ctx.pathParam("framework"), q);
      Places places = p.places();
      String area = group(places, "area", q.text("area"));
      String strategic = group(places, "strategic_region", q.text("strategic_region"));
      String text = q.text("q");
      List<String> units = new ArrayList<>();
      for (String u : s.units()) {
        var place = places.place(u);
        if (area != null && !place.map(x -> x.area().equals(area)).orElse(false)) {
          continue;
        }
        if (strategic != null && !place.map(x -> x.strategicRegions().contains(strategic)).orElse(false)) {
          continue;
        }
        if (text != null && !matches(u, place, text)) {
          continue;
        }
        units.add(u);
      }
      boolean withPlaces = s.units().stream().anyMatch(u -> places.place(u).map(x -> !x.area().isEmpty()).orElse(false));
      List<Ranking.Column> columns = Ranking.columns(s, withPlaces);
      String sort = q.text("sort") == null ? "rank" : q.text("sort");
      String order = q.choice("order", "asc", "asc", "desc");
      String lang = q.lang();
      Ranking.Table t = Ranking.table(s, places, units, columns, sort, order.equals("desc"), lang);
      String file = "%s-%d-ranking.csv".formatted(s.release() != null ? s.release().name() : s.frameworkName(), s.evaluationYear());
      Reply.table(ctx, q.format(), file,
          () -> Json.bytes(new RankingView(s.frameworkName(), s.release() == null ? null : s.release().name(),
              s.evaluationYear(), s.dataYear(), sort, order, s.units().size(), t.rows().size(),
              CoverageView.of(s.evaluation().coverage(), s.framework()), s.notes(), columns, t.rows())),
          () -> Ranking.csv(t, lang));
    });
    app.get("/api/frameworks/{framework}/groups", ctx -> {
      Query q = new Query(ctx, "year", "release", "by", "code", "format");
      Published p = site.published();
      Scores s = Select.scores(p, ctx.pathParam("framework"), q);
      String by = q.choice("by", "area", "area", "strategic_region");
      var node = Select.node(s, q.text("code") == null ? s.framework().root().code() : q.text("code"), "code");
      List<Statistics.Group> groups = new ArrayList<>();
      groups.add(Statistics.all(s, node.code(), s.dataYear(), 5));
      groups.addAll(Statistics.by(s, p.places(), by, node.code(), s.dataYear(), 5));
      Reply.table(ctx, q.format(), "%s-%d-%s-%s.csv".formatted(s.frameworkName(), s.evaluationYear(), node.code(), by),
          () -> Json.bytes(new GroupsView(s.frameworkName(), s.release() == null ? null : s.release().name(),
              s.evaluationYear(), s.dataYear(), node.code(), node.nameZh(), node.nameEn(), by, groups)),
          () -> Csv.table(GROUP_COLUMNS, groups.stream().map(g -> Arrays.<Object>asList(g.grouping(), g.labelZh(),
              g.labelEn(), g.units(), g.present(), g.mean(), g.median(), g.min(), g.max(), g.meanChange(),
              g.medianChange(), g.above80(), String.join(";", g.top()), String.join(";", g.gainers()))).toList()));
    });
  }

  /** Returns the Chinese label of a group written in either language, or null for none; 404 for an unknown one. */
  private static String group(Places places, String grouping, String asked) {
    if (asked == null) {
      return null;
    }
    return places.groups(grouping).stream().filter(g -> g.labelZh().equals(asked) || g.labelEn().equalsIgnoreCase(asked))
        .map(Places.Group::labelZh).findFirst().orElseThrow(() -> ApiException.notFound(grouping,
            "no %s '%s'".formatted(grouping.replace('_', ' '), asked), "use one of " + places.groups(grouping).stream()
                .map(Places.Group::labelZh).toList()));
  }

  private static boolean matches(String unit, java.util.Optional<Places.Place> place, String text) {
    String t = text.toLowerCase(Locale.ROOT);
    return unit.contains(t) || place.map(p -> p.nameZh().contains(text) || p.fullNameZh().contains(text)
        || p.nameEn().toLowerCase(Locale.ROOT).contains(t)).orElse(false);
  }
}
