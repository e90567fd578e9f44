package org.ipindex.web;

import io.javalin.Javalin;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.ipindex.core.model.Panel;
import org.ipindex.store.Measure;
import org.ipindex.store.Revision;
import org.ipindex.store.Store;

/**
 * The store's catalogue and values: {@code /api/regions}, {@code /api/groupings}, {@code /api/measures},
 * {@code /api/observations} (values of measures × regions × years, current or {@code as_of} a moment or
 * a {@code release}, paged) and {@code /api/observations/history} (every revision of one value: who,
 * when, file, document, reason). Tables are JSON or CSV.
 */
final class DataRoutes {
  private static final int PAGE = 1000;

  record RegionView(String code, String nameZh, String nameEn, String fullNameZh, String type, String parent, String area,
      String areaEn, List<String> strategicRegions) {}

  record ObservationRow(String measure, String region, String regionName, int year, double value, String unit) {}

  record ObservationsView(String asOf, String release, int total, int offset, int limit, Integer nextOffset,
      List<ObservationRow> rows) {}

  record HistoryView(String measure, String region, int year, List<Revision> revisions) {}

  private DataRoutes() {}

  static void register(Javalin app, Site site) {
    app.get("/api/regions", ctx -> {
      Query q = new Query(ctx, "type", "format");
      Places places = site.published().places();
      String type = q.text("type");
      List<RegionView> out = places.all().stream().filter(p -> type == null || p.type().equals(type))
          .map(p -> new RegionView(p.code(), p.nameZh(), p.nameEn(), p.fullNameZh(), p.type(), p.parent(), p.area(),
              p.area().isEmpty() ? "" : places.labelEn("area", p.area()), p.strategicRegions())).toList();
      Reply.table(ctx, q.format(), "regions.csv", () -> Json.bytes(out), () -> Csv.table(List.of("code", "name_zh", "name_en",
          "full_name_zh", "type", "parent", "area", "area_en", "strategic_regions"), out.stream().map(r -> Arrays.<Object>asList(
          r.code(), r.nameZh(), r.nameEn(), r.fullNameZh(), r.type(), r.parent(), r.area(), r.areaEn(),
          String.join(";", r.strategicRegions()))).toList()));
    });
    app.get("/api/groupings", ctx -> {
      new Query(ctx);
      Places places = site.published().places();
      Map<String, List<Places.Group>> out = new LinkedHashMap<>();
      Places.GROUPINGS.forEach(g -> out.put(g, places.groups(g)));
      Reply.json(ctx, out);
    });
    app.get("/api/measures", ctx -> {
      Query q = new Query(ctx, "format");
      List<Measure> all = site.store().catalogue().measures();
      Reply.table(ctx, q.format(), "measures.csv", () -> Json.bytes(all), () -> Csv.table(List.of("code", "name_zh", "name_en",
          "unit", "kind", "source_agency", "note"), all.stream().map(m -> Arrays.<Object>asList(m.code(), m.nameZh(), m.nameEn(),
          m.unit(), m.kind().name().toLowerCase(java.util.Locale.ROOT), m.sourceAgency(), m.note())).toList()));
    });
    app.get("/api/observations", ctx -> observations(site, new Query(ctx, "measure", "region", "year", "from", "to", "as_of",
        "release", "limit", "offset", "format"), ctx));
    app.get("/api/observations/history", ctx -> {
      Query q = new Query(ctx, "measure", "region", "year");
      String measure = required(q, "measure", "measure=valid_patents_invention");
      String region = required(q, "region", "region=广东");
      Integer year = q.integer("year");
      if (year == null) {
        throw ApiException.badParameter("year", "missing", "write year=2024");
      }
      measure(site.store(), measure);
      String code = site.published().places().resolve(region).orElseThrow(() -> ApiException.notFound("region",
          "unknown region '%s'".formatted(region), "write a province as 广东, 广东省, Guangdong, 44 or 440000"));
      Reply.json(ctx, new HistoryView(measure, code, year, site.store().observations().history(measure, code, year)));
    });
  }

  private static void observations(Site site, Query q, io.javalin.http.Context ctx) {
    Store store = site.store();
    Places places = site.published().places();
    List<String> measures = q.list("measure");
    measures.forEach(m -> measure(store, m));
    List<String> regions = q.list("region").stream().map(r -> places.resolve(r).orElseThrow(() -> ApiException.notFound(
        "region", "unknown region '%s'".formatted(r), "write a province as 广东, 广东省, Guangdong, 44 or 440000"))).toList();
    int[] years = years(q);
    String release = q.text("release");
    String asOfText = q.text("as_of");
    if (release != null && asOfText != null) {
      throw ApiException.badParameter("as_of", "give as_of or release, not both", "leave one out");
    }
    Instant moment = release != null ? site.published().release(release).release().asOf()
        : asOfText != null ? moment(asOfText) : Instant.MAX;
    Panel panel = store.observations().asOf(moment, measures.isEmpty() ? null : measures,
        regions.isEmpty() ? null : regions, years);
    List<ObservationRow> rows = new ArrayList<>();
    for (int s = 0; s < panel.seriesCount(); s++) {
      String unit = store.catalogue().measure(panel.series().get(s)).map(Measure::unit).orElse("");
      for (int u = 0; u < panel.unitCount(); u++) {
        for (int y = 0; y < panel.yearCount(); y++) {
          double v = panel.value(u, s, y);
          if (!Double.isNaN(v)) {
            String region = panel.units().get(u);
            rows.add(new ObservationRow(panel.series().get(s), region, places.place(region).map(Places.Place::nameZh)
                .orElse(region), panel.year(y), v, unit));
          }
        }
      }
    }
    int offset = q.integer("offset", 0, 0, Integer.MAX_VALUE);
    int limit = q.integer("limit", PAGE, 1, 100_000);
    List<ObservationRow> page = rows.subList(Math.min(offset, rows.size()), (int) Math.min((long) offset + limit, rows.size()));
    Integer next = offset + page.size() < rows.size() ? offset + page.size() : null;
    Reply.table(ctx, q.format(), "observations.csv",
        () -> Json.bytes(new ObservationsView(moment.equals(Instant.MAX) ? null : moment.toString(), release, rows.size(),
            offset, page.size(), next, page)),
        () -> Csv.table(List.of("measure", "region", "region_name", "year", "value", "unit"), page.stream()
            .map(r -> Arrays.<Object>asList(r.measure(), r.region(), r.regionName(), r.year(), r.value(), r.unit())).toList()));
  }

  private static int[] years(Query q) {
    Integer year = q.integer("year");
    Integer from = q.integer("from");
    Integer to = q.integer("to");
    if (year != null && (from != null || to != null)) {
      throw ApiException.badParameter("year", "give year or from/to, not both", "e.g. year=2024 or from=2019&to=2024");
    }
    if (year != null) {
      return new int[] {year};
    }
    if (from == null && to == null) {
      return null;
    }
    int a = from == null ? 1900 : from;
    int b = to == null ? 2100 : to;
    if (a > b) {
      throw ApiException.badParameter("from", "from %d is after to %d".formatted(a, b), "swap them");
    }
    return IntStream.rangeClosed(a, b).toArray();
  }

  private static void measure(Store store, String code) {
    if (store.catalogue().measure(code).isEmpty()) {
      throw ApiException.notFound("measure", "unknown measure '%s'".formatted(code), "see /api/measures for the codes");
    }
  }

  private static String required(Query q, String name, String example) {
    String v = q.text(name);
    if (v == null) {
      throw ApiException.badParameter(name, "missing", "write " + example);
    }
    return v;
  }

  /** Parses {@code as_of}: an instant, or a date meaning the end of that day (UTC), as the command line does. */
  static Instant moment(String text) {
    try {
      if (text.contains("T")) {
        return Instant.parse(text);
      }
      return LocalDate.parse(text).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1000);
    } catch (DateTimeParseException e) {
      throw ApiException.badParameter("as_of", "'%s' is not a date or an instant".formatted(text),
          "write a date (2025-03-01, the end of that day in UTC) or an instant (2025-03-01T08:00:00Z)");
    }
  }
}
