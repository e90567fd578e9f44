package org.ipindex.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipindex.core.model.Flag;
import org.ipindex.core.model.FlagKind;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Node;
import org.ipindex.store.ReleaseRow;

/**
 * The results table: every unit, node and data year with score, rank, change, change %, coverage
 * and the flags of the values under it (in JSON as {@code columns} and arrays of cells, compact for
 * the 2,945 rows of a regional year), for the latest evaluation of an evaluation year or for a
 * release. JSON or CSV ({@code format=csv}); filters {@code unit}, {@code code}, {@code level};
 * {@code history=true} adds the earlier data years of the same evaluation (on its scale); paging
 * with {@code limit} and {@code offset}. Answers are kept per evaluation ({@link Scores#cached}), so a
 * table asked again is sent as computed (gzip for clients that accept it).
 */
final class ResultRoutes {
  /** The columns of a row in JSON; the CSV adds the unit's and the node's names. */
  static final List<String> COLUMNS = List.of("unit", "year", "evaluation_year", "code", "level", "score", "rank", "change",
      "change_pct", "coverage", "flag", "flag_year", "carried_forward", "imputed");
  private static final List<String> CSV_COLUMNS = List.of("unit", "unit_name", "unit_name_en", "year", "evaluation_year",
      "code", "level", "name_zh", "name_en", "score", "rank", "change", "change_pct", "coverage", "flag", "flag_year",
      "carried_forward", "imputed");
  private static final String[] PARAMETERS = {"year", "release", "unit", "code", "level", "history", "limit", "offset", "format"};

  /**
   * One row.
   *
   * @param flag for an indicator: observed, carried_forward, imputed, treated or missing; "" for a group
   * @param flagYear the year a carried-forward value comes from, or null
   * @param carriedForward how many indicators under the node have a carried-forward value for the unit
   * @param imputed how many have an imputed value
   */
  record Row(String unit, int year, int evaluationYear, String code, int level, double score, Integer rank,
      double change, double changePct, double coverage, String flag, Integer flagYear, int carriedForward, int imputed) {
    /** Returns the cells in the order of {@link #COLUMNS}. */
    List<Object> cells() {
      return java.util.Arrays.asList(unit, year, evaluationYear, code, level, score, rank, change, changePct, coverage, flag,
          flagYear, carriedForward, imputed);
    }
  }

  record Names(String nameZh, String nameEn) {}

  record NodeNames(String nameZh, String nameEn, int level, String parent, String unit) {}

  /**
   * The JSON table: the evaluation, its coverage and notes, the names of the nodes and units in the rows,
   * then the rows as arrays of cells in the order of {@code columns} (a missing number is null).
   */
  record Table(String framework, String release, int evaluationYear, int dataYear, List<Integer> years, String recipe,
      CoverageView coverage, List<String> notes, Map<String, NodeNames> nodes, Map<String, Names> units, int total,
      int offset, int limit, List<String> columns, List<List<Object>> rows) {}

  private final Site site;

  private ResultRoutes(Site site) {
    this.site = site;
  }

  static void register(Javalin app, Site site) {
    ResultRoutes r = new ResultRoutes(site);
    app.get("/api/frameworks/{framework}/results", ctx -> {
      Query q = new Query(ctx, PARAMETERS);
      r.answer(ctx, q, Select.scores(site.published(), ctx.pathParam("framework"), q));
    });
    app.get("/api/releases/{name}/results", ctx -> {
      Query q = new Query(ctx, PARAMETERS);
      if (q.text("year") != null || q.text("release") != null) {
        throw ApiException.badParameter(q.text("year") != null ? "year" : "release",
            "a release has one evaluation; it is named in the path", "leave year and release out");
      }
      r.answer(ctx, q, site.published().release(ctx.pathParam("name")));
    });
  }

  private void answer(Context ctx, Query q, Scores s) {
    Places places = site.published().places();
    List<String> units = Select.units(s, places, q.list("unit"), "unit");
    List<String> codes = q.list("code");
    codes.forEach(c -> Select.node(s, c, "code"));
    Integer level = q.integer("level");
    boolean history = q.flag("history", false);
    int offset = q.integer("offset", 0, 0, Integer.MAX_VALUE);
    int limit = q.integer("limit", Integer.MAX_VALUE, 1, Integer.MAX_VALUE);
    Query.Format format = q.format();
    String name = "%s-%d%s.csv".formatted(s.release() != null ? s.release().name() : s.frameworkName(),
        s.evaluationYear(), history ? "-history" : "");
    String key = String.join("|", "results", units.toString(), codes.toString(), String.valueOf(level),
        String.valueOf(history), String.valueOf(offset), String.valueOf(limit));
    Reply.keptTable(ctx, format, name,
        () -> s.cached(key + "|json", () -> json(s, rows(s, units, codes, level, history), offset, limit)),
        () -> s.cached(key + "|csv", () -> csv(s, rows(s, units, codes, level, history), offset, limit)));
  }

  /** Returns the rows selected, ordered by year, node (framework order) and unit. */
  static List<Row> rows(Scores s, List<String> units, List<String> codes, Integer level, boolean history) {
    Framework f = s.framework();
    Set<String> only = Set.copyOf(codes);
    List<String> unitList = units.isEmpty() ? s.units() : units;
    List<Row> out = new ArrayList<>();
    for (int year : s.years()) {
      if (!history && year != s.dataYear()) {
        continue;
      }
      for (Node n : f.nodes()) {
        int nodeLevel = f.level(n.code());
        if ((!only.isEmpty() && !only.contains(n.code())) || (level != null && nodeLevel != level)) {
          continue;
        }
        for (String unit : unitList) {
          out.add(row(s, unit, n.code(), nodeLevel, year));
        }
      }
    }
    return out;
  }

  private static Row row(Scores s, String unit, String code, int level, int year) {
    ReleaseRow r = s.row(unit, code, year);
    double nan = Double.NaN;
    boolean indicator = s.framework().isIndicator(code);
    Flag flag = indicator ? s.flag(unit, code, year) : null;
    int[] estimated = s.estimated(unit, code, year);
    return new Row(unit, year, year + s.evaluation().recipe().evaluationYearOffset(), code, level,
        r == null ? nan : r.score(), r == null || Double.isNaN(r.rank()) ? null : (int) r.rank(),
        r == null ? nan : r.change(), r == null ? nan : r.changePercent(), r == null ? nan : r.coverage(),
        flag == null ? "" : flag.kind().name().toLowerCase(java.util.Locale.ROOT),
        flag != null && flag.kind() == FlagKind.CARRIED_FORWARD ? flag.sourceYear() : null, estimated[0], estimated[1]);
  }

  private byte[] json(Scores s, List<Row> rows, int offset, int limit) {
    List<Row> page = rows.subList(Math.min(offset, rows.size()), (int) Math.min((long) offset + limit, rows.size()));
    Map<String, NodeNames> nodes = new LinkedHashMap<>();
    Map<String, Names> units = new LinkedHashMap<>();
    Places places = site.published().places();
    for (Row r : page) {
      nodes.computeIfAbsent(r.code(), c -> {
        Node n = s.framework().node(c);
        return new NodeNames(n.nameZh(), n.nameEn(), r.level(), n.parentCode(), n.unit());
      });
      units.computeIfAbsent(r.unit(), u -> places.place(u).map(p -> new Names(p.nameZh(), p.nameEn()))
          .orElse(new Names(s.results().scores().unitName(u), "")));
    }
    List<Integer> years = rows.stream().map(Row::year).distinct().toList();
    return Json.bytes(new Table(s.frameworkName(), s.release() == null ? null : s.release().name(), s.evaluationYear(),
        s.dataYear(), years, s.evaluation().recipe().name(), CoverageView.of(s.evaluation().coverage(), s.framework()),
        s.notes(), nodes, units, rows.size(), offset, page.size(), COLUMNS, page.stream().map(Row::cells).toList()));
  }

  private byte[] csv(Scores s, List<Row> rows, int offset, int limit) {
    List<Row> page = rows.subList(Math.min(offset, rows.size()), (int) Math.min((long) offset + limit, rows.size()));
    Places places = site.published().places();
    List<List<Object>> cells = new ArrayList<>(page.size());
    for (Row r : page) {
      Node n = s.framework().node(r.code());
      var place = places.place(r.unit());
      cells.add(java.util.Arrays.asList(r.unit(), place.map(Places.Place::nameZh).orElse(s.results().scores().unitName(r.unit())),
          place.map(Places.Place::nameEn).orElse(""), r.year(), r.evaluationYear(), r.code(), r.level(), n.nameZh(),
          n.nameEn(), r.score(), r.rank(), r.change(), r.changePct(), r.coverage(), r.flag(), r.flagYear(),
          r.carriedForward(), r.imputed()));
    }
    return Csv.table(CSV_COLUMNS, cells);
  }
}
