package org.ipindex.web;

import io.javalin.Javalin;
import java.util.ArrayList;
import java.util.List;
import org.ipindex.core.model.Node;

/**
 * {@code /api/overview}: what the overview page shows, in one request. The national index and its
 * dimensions in the evaluated data year and the year before (the report's figure 23); the regional
 * index's mean and median over all provinces with their changes, the leading provinces and the
 * biggest gainers, and the means of the four areas and the five strategic regions (figures 30, 31).
 * Each with its coverage and notes.
 */
final class OverviewRoutes {
  record NodeScore(String code, String nameZh, String nameEn, double score, double previous, double change,
      double changePct, double coverage) {}

  record NationalView(String framework, int evaluationYear, int dataYear, int previousYear, List<NodeScore> nodes,
      CoverageView coverage, List<String> notes) {}

  record Standing(String unit, String nameZh, String nameEn, double score, Integer rank, double change) {}

  record RegionalView(String framework, int evaluationYear, int dataYear, String code, String nameZh, String nameEn,
      Statistics.Group all, List<Standing> leaders, List<Standing> gainers, List<Statistics.Group> areas,
      List<Statistics.Group> strategicRegions, CoverageView coverage, List<String> notes) {}

  record Overview(NationalView national, RegionalView regional) {}

  private OverviewRoutes() {}

  static void register(Javalin app, Site site) {
    app.get("/api/overview", ctx -> {
      Query q = new Query(ctx, "year");
      Integer year = q.integer("year");
      Published p = site.published();
      NationalView national = p.evaluations("national").isEmpty() ? null : national(p.scores("national", year));
      RegionalView regional = p.evaluations("regional").isEmpty() ? null : regional(p.scores("regional", year), p.places());
      Reply.json(ctx, new Overview(national, regional));
    });
  }

  private static NationalView national(Scores s) {
    int y = s.dataYear();
    List<NodeScore> nodes = new ArrayList<>();
    Node root = s.framework().root();
    List<Node> shown = new ArrayList<>(List.of(root));
    shown.addAll(s.framework().children(root.code()));
    String unit = s.units().get(0);
    for (Node n : shown) {
      var r = s.row(unit, n.code(), y);
      nodes.add(new NodeScore(n.code(), n.nameZh(), n.nameEn(), r == null ? Double.NaN : r.score(),
          s.score(unit, n.code(), y - 1), r == null ? Double.NaN : r.change(), r == null ? Double.NaN : r.changePercent(),
          r == null ? Double.NaN : r.coverage()));
    }
    return new NationalView(s.frameworkName(), s.evaluationYear(), y, y - 1, nodes,
        CoverageView.of(s.evaluation().coverage(), s.framework()), s.notes());
  }

  private static RegionalView regional(Scores s, Places places) {
    int y = s.dataYear();
    Node root = s.framework().root();
    Statistics.Group all = Statistics.all(s, root.code(), y, 6);
    return new RegionalView(s.frameworkName(), s.evaluationYear(), y, root.code(), root.nameZh(), root.nameEn(), all,
        standings(s, places, all.top(), root.code(), y), standings(s, places, all.gainers(), root.code(), y),
        Statistics.by(s, places, "area", root.code(), y, 3), Statistics.by(s, places, "strategic_region", root.code(), y, 3),
        CoverageView.of(s.evaluation().coverage(), s.framework()), s.notes());
  }

  static List<Standing> standings(Scores s, Places places, List<String> units, String code, int year) {
    List<Standing> out = new ArrayList<>();
    for (String u : units) {
      var r = s.row(u, code, year);
      var place = places.place(u);
      out.add(new Standing(u, place.map(Places.Place::nameZh).orElse(u), place.map(Places.Place::nameEn).orElse(u),
          r == null ? Double.NaN : r.score(), r == null || Double.isNaN(r.rank()) ? null : (int) r.rank(),
          r == null ? Double.NaN : r.change()));
    }
    return out;
  }
}
