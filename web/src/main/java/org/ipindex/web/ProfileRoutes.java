package org.ipindex.web;

import io.javalin.Javalin;
import java.util.ArrayList;
import java.util.List;
import org.ipindex.core.model.Flag;
import org.ipindex.core.model.FlagKind;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Node;
import org.ipindex.core.result.ChangeBreakdown;
import org.ipindex.core.result.Contribution;
import org.ipindex.core.result.Profile;
import org.ipindex.core.stat.Stats;

/**
 * {@code /api/frameworks/{framework}/units/{unit}}: one unit's profile. Every group's score, rank,
 * change and coverage against the mean and median of all units; its strongest and weakest indicators
 * (by rank); the scores of the index and its pillars over the data years of the evaluation (one scale);
 * the values carried forward or imputed; the indicators that drove the index's change.
 */
final class ProfileRoutes {
  record Place(String code, String nameZh, String nameEn, String area, String areaEn, List<String> strategicRegions,
      List<String> strategicRegionsEn) {}

  record NodeView(String code, String parent, int level, String nameZh, String nameEn, double score, Integer rank,
      double change, double changePct, double coverage, double mean, double median, int carriedForward, int imputed) {}

  record Standing(String code, String nameZh, String nameEn, String unit, double score, Integer rank, double raw) {}

  record Series(String code, String nameZh, String nameEn, List<Double> scores, List<Double> means) {}

  record Estimated(String code, String nameZh, String nameEn, String unit, int year, String flag, Integer fromYear,
      double value) {}

  record Driver(String code, String nameZh, String nameEn, double weight, double change, double contribution) {}

  record Drivers(double total, double residual, List<Driver> indicators) {}

  record ProfileView(Place unit, String framework, String release, int evaluationYear, int dataYear, int units,
      List<NodeView> nodes, List<Standing> strengths, List<Standing> weaknesses, List<Integer> years, List<Series> trend,
      List<Estimated> estimated, int indicatorsWithData, Drivers drivers, CoverageView coverage, List<String> notes) {}

  private ProfileRoutes() {}

  static void register(Javalin app, Site site) {
    app.get("/api/frameworks/{framework}/units/{unit}", ctx -> {
      Query q = new Query(ctx, "year", "release");
      Published p = site.published();
      Scores s = Select.scores(p, ctx.pathParam("framework"), q);
      String unit = Select.unit(s, p.places(), ctx.pathParam("unit"), "unit");
      Reply.body(ctx, s.cached("profile:" + unit, () -> Json.bytes(profile(s, p.places(), unit))), Reply.JSON);
    });
  }

  static ProfileView profile(Scores s, Places places, String unit) {
    Framework f = s.framework();
    int y = s.dataYear();
    List<NodeView> nodes = new ArrayList<>();
    for (Node n : f.nodes()) {
      if (f.isIndicator(n.code())) {
        continue;
      }
      var r = s.row(unit, n.code(), y);
      double[] all = s.units().stream().mapToDouble(u -> s.score(u, n.code(), y)).toArray();
      int[] est = s.estimated(unit, n.code(), y);
      nodes.add(new NodeView(n.code(), n.parentCode() == null || n.parentCode().isEmpty() ? null : n.parentCode(),
          f.level(n.code()), n.nameZh(), n.nameEn(), r == null ? Double.NaN : r.score(),
          r == null || Double.isNaN(r.rank()) ? null : (int) r.rank(), r == null ? Double.NaN : r.change(),
          r == null ? Double.NaN : r.changePercent(), r == null ? Double.NaN : r.coverage(), Stats.mean(all),
          Stats.median(all), est[0], est[1]));
    }
    Profile profile = s.results().profile(unit, y, 5);
    List<Integer> years = java.util.Arrays.stream(s.years()).boxed().toList();
    List<Series> trend = new ArrayList<>();
    List<Node> shown = new ArrayList<>(List.of(f.root()));
    shown.addAll(f.children(f.root().code()).stream().filter(c -> !f.isIndicator(c.code())).toList());
    for (Node n : shown) {
      trend.add(new Series(n.code(), n.nameZh(), n.nameEn(), years.stream().map(yy -> s.score(unit, n.code(), yy)).toList(),
          years.stream().map(yy -> Stats.mean(s.units().stream().mapToDouble(u -> s.score(u, n.code(), yy)).toArray())).toList()));
    }
    List<Estimated> estimated = new ArrayList<>();
    int withData = 0;
    for (Node n : f.indicators()) {
      Flag flag = s.flag(unit, n.code(), y);
      if (flag.kind() != FlagKind.MISSING) {
        withData++;
      }
      for (int yy : s.years()) {
        Flag fl = s.flag(unit, n.code(), yy);
        if (fl.kind() == FlagKind.CARRIED_FORWARD || fl.kind() == FlagKind.IMPUTED) {
          estimated.add(new Estimated(n.code(), n.nameZh(), n.nameEn(), n.unit(), yy, fl.kind().name().toLowerCase(java.util.Locale.ROOT),
              fl.kind() == FlagKind.CARRIED_FORWARD ? fl.sourceYear() : null, s.raw(unit, n.code(), fl.sourceYear())));
        }
      }
    }
    var place = places.place(unit);
    Place who = new Place(unit, place.map(Places.Place::nameZh).orElse(unit), place.map(Places.Place::nameEn).orElse(unit),
        place.map(Places.Place::area).orElse(""), place.map(x -> places.labelEn("area", x.area())).orElse(""),
        place.map(Places.Place::strategicRegions).orElse(List.of()),
        place.map(x -> x.strategicRegions().stream().map(r -> places.labelEn("strategic_region", r)).toList()).orElse(List.of()));
    return new ProfileView(who, s.frameworkName(), s.release() == null ? null : s.release().name(), s.evaluationYear(), y,
        s.units().size(), nodes, standings(s, unit, profile.strengths()), standings(s, unit, profile.weaknesses()), years,
        trend, estimated, withData, drivers(s, unit), CoverageView.of(s.evaluation().coverage(), f), s.notes());
  }

  private static List<Standing> standings(Scores s, String unit, List<Profile.Standing> list) {
    return list.stream().map(x -> {
      Node n = s.framework().node(x.indicatorCode());
      return new Standing(n.code(), n.nameZh(), n.nameEn(), n.unit(), x.score(), (int) x.rank(), s.raw(unit, n.code(), s.dataYear()));
    }).toList();
  }

  private static Drivers drivers(Scores s, String unit) {
    ChangeBreakdown b = s.results().breakdown(unit, s.framework().root().code(), s.dataYear());
    List<Driver> out = new ArrayList<>();
    for (Contribution c : b.contributions()) {
      Node n = s.framework().node(c.indicatorCode());
      out.add(new Driver(n.code(), n.nameZh(), n.nameEn(), c.weight(), c.change(), c.contribution()));
    }
    return new Drivers(b.total(), b.residual(), out);
  }
}
