package org.ipindex.web;

import io.javalin.Javalin;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ipindex.core.model.Flag;
import org.ipindex.core.model.FlagKind;
import org.ipindex.core.model.Node;
import org.ipindex.store.Revision;
import org.ipindex.store.Store;

/**
 * {@code /api/frameworks/{framework}/indicators/{code}}: one indicator's series: for every unit and
 * data year the raw value (as stored), the value the evaluation used (carried forward or imputed when
 * flagged), its normalised score and rank, and where the value comes from (the stored revision: who
 * stored it, when, from which file and document, and how many revisions it has; the full history is
 * {@code /api/observations/history}). {@code unit} selects units; {@code history=true} adds the earlier
 * data years. JSON or CSV.
 */
final class IndicatorRoutes {
  private static final List<String> COLUMNS = List.of("unit", "unit_name", "unit_name_en", "year", "raw", "value",
      "unit_of_measure", "flag", "flag_year", "score", "rank", "change", "revision", "revisions", "recorded_at", "who",
      "file", "source_document", "note");

  record IndicatorView(String code, String nameZh, String nameEn, String unit, int direction, String kind, String parent,
      String parentNameZh, String parentNameEn, double weightInIndex, String note) {}

  /** Where a value comes from: its revision in the store, as of the evaluation's moment. */
  record Source(int revision, int revisions, Instant recordedAt, String who, String file, String sourceDocument,
      String note, String reason) {}

  record Row(String unit, String nameZh, String nameEn, int year, double raw, double value, String flag, Integer flagYear,
      double score, Integer rank, double change, Source source) {}

  record SeriesView(String framework, String release, int evaluationYear, int dataYear, IndicatorView indicator,
      List<Row> rows) {}

  private IndicatorRoutes() {}

  static void register(Javalin app, Site site) {
    app.get("/api/frameworks/{framework}/indicators/{code}", ctx -> {
      Query q = new Query(ctx, "year", "release", "unit", "history", "format");
      Published p = site.published();
      Scores s = Select.scores(p, ctx.pathParam("framework"), q);
      Node n = Select.indicator(s, ctx.pathParam("code"), "code");
      List<String> units = Select.units(s, p.places(), q.list("unit"), "unit");
      boolean history = q.flag("history", false);
      List<Row> rows = rows(s, p.places(), site.store(), n, units.isEmpty() ? s.units() : units, history);
      Reply.table(ctx, q.format(), "%s-%d-%s.csv".formatted(s.frameworkName(), s.evaluationYear(), n.code()),
          () -> Json.bytes(new SeriesView(s.frameworkName(), s.release() == null ? null : s.release().name(),
              s.evaluationYear(), s.dataYear(), view(s, n), rows)),
          () -> Csv.table(COLUMNS, rows.stream().map(r -> Arrays.<Object>asList(r.unit(), r.nameZh(), r.nameEn(), r.year(),
              r.raw(), r.value(), n.unit(), r.flag(), r.flagYear(), r.score(), r.rank(), r.change(),
              r.source() == null ? null : r.source().revision(), r.source() == null ? null : r.source().revisions(),
              r.source() == null ? null : r.source().recordedAt().toString(), r.source() == null ? null : r.source().who(),
              r.source() == null ? null : r.source().file(), r.source() == null ? null : r.source().sourceDocument(),
              r.source() == null ? null : r.source().note())).toList()));
    });
  }

  private static IndicatorView view(Scores s, Node n) {
    Node parent = s.framework().node(n.parentCode());
    return new IndicatorView(n.code(), n.nameZh(), n.nameEn(), n.unit(), n.direction().sign(),
        n.kind().name().toLowerCase(Locale.ROOT), parent.code(), parent.nameZh(), parent.nameEn(),
        s.results().weights().effective(s.framework(), n.code()), n.note());
  }

  private static List<Row> rows(Scores s, Places places, Store store, Node n, List<String> units, boolean history) {
    Instant moment = s.release() != null ? s.release().asOf() : Instant.MAX;
    List<Row> out = new ArrayList<>();
    for (int year : s.years()) {
      if (!history && year != s.dataYear()) {
        continue;
      }
      for (String unit : units) {
        Flag flag = s.flag(unit, n.code(), year);
        int from = flag.kind() == FlagKind.CARRIED_FORWARD ? flag.sourceYear() : year;
        double used = flag.kind() == FlagKind.MISSING ? Double.NaN
            : flag.kind() == FlagKind.CARRIED_FORWARD ? s.raw(unit, n.code(), from) : s.raw(unit, n.code(), year);
        var row = s.row(unit, n.code(), year);
        var place = places.place(unit);
        out.add(new Row(unit, place.map(Places.Place::nameZh).orElse(unit), place.map(Places.Place::nameEn).orElse(unit),
            year, s.raw(unit, n.code(), year), used, flag.kind().name().toLowerCase(Locale.ROOT),
            flag.kind() == FlagKind.CARRIED_FORWARD ? from : null, row == null ? Double.NaN : row.score(),
            row == null || Double.isNaN(row.rank()) ? null : (int) row.rank(), row == null ? Double.NaN : row.change(),
            flag.kind() == FlagKind.MISSING || flag.kind() == FlagKind.IMPUTED ? null : source(store, n.code(), unit, from, moment)));
      }
    }
    return out;
  }

  /** Returns the stored revision of a value as of a moment, or null when the store has none. */
  private static Source source(Store store, String measure, String region, int year, Instant moment) {
    if (store.catalogue().measure(measure).isEmpty()) {
      return null;
    }
    List<Revision> all = store.observations().history(measure, region, year).stream()
        .filter(r -> !r.recordedAt().isAfter(moment)).toList();
    if (all.isEmpty()) {
      return null;
    }
    Revision r = all.get(all.size() - 1);
    return new Source(r.revision(), all.size(), r.recordedAt(), r.who(), r.fileName(), r.sourceDocument(), r.note(),
        r.reason());
  }
}
