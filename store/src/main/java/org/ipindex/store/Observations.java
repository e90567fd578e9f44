package org.ipindex.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Panel;
import org.ipindex.core.model.Problem;
import org.ipindex.core.model.ProblemCode;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The stored values: append-only, one row per revision. Writing compares every value with the one
 * stored: new values become revision 1, equal values are left alone, and changed values are
 * refused (listing every one) unless the write revises them with a reason. Any value can be read
 * as of a moment or a release, and its whole history listed.
 *
 * <p>A write is one transaction: the rows go into a staging table (DuckDB's appender, PostgreSQL's
 * COPY), are compared with the stored values in SQL, and the new revisions are inserted with one
 * {@code INSERT … SELECT}. If anything fails, or the process dies, nothing is stored.
 */
public final class Observations {
  private static final String STAGING_COLUMNS =
      "measure varchar not null, region varchar not null, year integer not null, value float8 not null, "
          + "unit varchar, note varchar";

  private final Store store;

  Observations(Store store) {
    this.store = store;
  }

  /**
   * Returns SQL for the latest revision of each value that {@code where} selects: columns measure,
   * region, year, revision, value. One scan on either database: DuckDB's {@code arg_max},
   * PostgreSQL's {@code distinct on} (which walks the unique index).
   */
  private String latest(String where) {
    return store.dialect() == Store.Dialect.DUCKDB
        ? "select measure, region, year, max(revision) as revision, arg_max(value, revision) as value from observation "
            + where + " group by measure, region, year"
        : "select distinct on (measure, region, year) measure, region, year, revision, value from observation " + where
            + " order by measure, region, year, revision desc";
  }

  /** Hears where a write is (tests use it to stop a process in the middle of a write). */
  public interface Progress {
    /**
     * The rows are written, uncommitted: to the staging table, or (a first import on DuckDB) straight
     * to the observation table.
     */
    default void staged(long rows) {}

    /** The new revisions are inserted but not committed. */
    default void inserted(long rows) {}
  }

  private static final Progress SILENT = new Progress() {};

  /** Writes one batch; see {@link #write(BatchInfo, List, RevisePolicy, Progress)}. */
  public WriteSummary write(BatchInfo batch, List<ObservationInput> rows, RevisePolicy policy) {
    return write(batch, rows, policy, SILENT);
  }

  /**
   * Writes one batch of values in one transaction and records the batch.
   *
   * @throws DataException for unknown measures or regions, values that are not finite, the same
   *     value given twice, or (a {@link RevisionNeededException}) changed values without a revise
   *     policy; nothing is written then
   */
  public WriteSummary write(BatchInfo batch, List<ObservationInput> rows, RevisePolicy policy, Progress progress) {
    return write("import", batch, rows, policy, progress);
  }

  /**
   * Revises stored values explicitly (a batch of kind {@code revise}): new values are stored as
   * revisions with the reason; values equal to the stored ones are left alone.
   */
  public WriteSummary revise(BatchInfo batch, List<ObservationInput> rows, String reason) {
    return write("revise", batch, rows, RevisePolicy.revise(reason), SILENT);
  }

  private WriteSummary write(String kind, BatchInfo batch, List<ObservationInput> rows, RevisePolicy policy,
      Progress progress) {
    String[] regions = validate(rows);
    return store.write(c -> {
      try (Statement s = c.createStatement()) {
        long id;
        try (ResultSet r = s.executeQuery("select nextval('batch_id')")) {
          r.next();
          id = r.getLong(1);
        }
        long at = Instants.micros(store.instantIn(c));
        WriteSummary summary = c instanceof DuckDBConnection d && !anyStored(c, rows)
            ? insertNew(d, s, id, at, rows, regions, progress)
            : compareAndInsert(c, s, id, at, rows, regions, policy, progress);
        Batches.insert(c, id, kind, batch, at, policy.reason(), summary);
        progress.inserted(summary.added() + summary.revised());
        return summary;
      }
    });
  }

  /** Returns whether any value is stored for the measures of {@code rows} in their range of years. */
  private static boolean anyStored(Connection c, List<ObservationInput> rows) throws SQLException {
    Set<String> measures = new LinkedHashSet<>();
    int minYear = Integer.MAX_VALUE;
    int maxYear = Integer.MIN_VALUE;
    for (ObservationInput r : rows) {
      measures.add(r.measure());
      minYear = Math.min(minYear, r.year());
      maxYear = Math.max(maxYear, r.year());
    }
    StringBuilder where = new StringBuilder("year >= ? and year <= ?");
    List<Object> args = new ArrayList<>(List.of(minYear, maxYear));
    in(where, args, "measure", List.copyOf(measures));
    try (PreparedStatement p = c.prepareStatement("select count(*) from observation where " + where)) {
      for (int i = 0; i < args.size(); i++) {
        p.setObject(i + 1, args.get(i));
      }
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return r.getLong(1) > 0;
      }
    }
  }

  /**
   * DuckDB, and nothing stored can match: the rows are appended straight to the observation table as
   * revision 1 (then checked for duplicates), which halves the time of a first import.
   */
  private WriteSummary insertNew(DuckDBConnection d, Statement s, long id, long at, List<ObservationInput> rows,
      String[] regions, Progress progress) throws SQLException {
    try (DuckDBAppender a = d.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "observation")) {
      for (int i = 0; i < rows.size(); i++) {
        ObservationInput r = rows.get(i);
        a.beginRow().append(r.measure()).append(regions[i]).append(r.year()).append(1).append(r.value());
        text(a, r.unit());
        text(a, r.note());
        a.append(id).append(at).appendNull().endRow();
      }
    }
    progress.staged(rows.size());
    refuseDuplicates(s, "observation where batch_id = " + id);
    return new WriteSummary(id, rows.size(), rows.size(), 0, 0);
  }

  /** Values may be stored: stage the rows, compare them with the stored ones in SQL, insert what is new or changed. */
  private WriteSummary compareAndInsert(Connection c, Statement s, long id, long at, List<ObservationInput> rows,
      String[] regions, RevisePolicy policy, Progress progress) throws SQLException {
    s.execute("create temporary table obs_staging (" + STAGING_COLUMNS + ")");
    if (c instanceof DuckDBConnection d) {
      try (DuckDBAppender a = d.createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA, "obs_staging")) {
        for (int i = 0; i < rows.size(); i++) {
          ObservationInput r = rows.get(i);
          a.beginRow().append(r.measure()).append(regions[i]).append(r.year()).append(r.value());
          text(a, r.unit());
          text(a, r.note());
          a.endRow();
        }
      }
    } else {
      copy(c, "copy obs_staging (measure, region, year, value, unit, note) from stdin (format csv)", rows, regions);
    }
    progress.staged(rows.size());
    refuseDuplicates(s, "obs_staging");
    s.execute("create temporary table obs_diff as select s.measure, s.region, s.year, s.value, s.unit, s.note, "
        + "l.revision as cur_revision, l.value as cur_value from obs_staging s left join ("
        + latest("where measure in (select distinct measure from obs_staging)")
        + ") l on l.measure = s.measure and l.region = s.region and l.year = s.year");
    long added;
    long changed;
    try (ResultSet r = s.executeQuery("select sum(case when cur_revision is null then 1 else 0 end), "
        + "sum(case when cur_revision is not null and cur_value <> value then 1 else 0 end) from obs_diff")) {
      r.next();
      added = r.getLong(1);
      changed = r.getLong(2);
    }
    if (changed > 0 && !policy.revise()) {
      throw new RevisionNeededException(changes(s));
    }
    long inserted;
    try (PreparedStatement p = c.prepareStatement("insert into observation "
        + "(measure, region, year, revision, value, unit, note, batch_id, recorded_at, reason) "
        + "select measure, region, year, coalesce(cur_revision, 0) + 1, value, unit, note, ?, ?, "
        + "case when cur_revision is null then null else cast(? as varchar) end "
        + "from obs_diff where cur_revision is null or cur_value <> value")) {
      p.setLong(1, id);
      p.setLong(2, at);
      p.setString(3, policy.reason());
      inserted = p.executeUpdate();
    }
    if (inserted != added + changed) {
      throw new IllegalStateException("inserted %d rows, expected %d".formatted(inserted, added + changed));
    }
    s.execute("drop table obs_diff");
    s.execute("drop table obs_staging");
    return new WriteSummary(id, rows.size(), added, changed, rows.size() - added - changed);
  }

  private static void text(DuckDBAppender a, String text) throws SQLException {
    if (text == null) {
      a.appendNull();
    } else {
      a.append(text);
    }
  }

  /** Checks every row before anything is written; returns the resolved region codes. */
  private String[] validate(List<ObservationInput> rows) {
    Catalogue catalogue = store.catalogue();
    catalogue.refresh();
    Set<String> measures = new LinkedHashSet<>();
    catalogue.measures().forEach(m -> measures.add(m.code()));
    Map<String, String> resolved = new HashMap<>();
    Map<String, List<Integer>> unknownMeasures = new LinkedHashMap<>();
    Map<String, List<Integer>> unknownRegions = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    String[] codes = new String[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      ObservationInput row = rows.get(i);
      if (!measures.contains(row.measure())) {
        unknownMeasures.computeIfAbsent(row.measure(), k -> new ArrayList<>()).add(i + 1);
      }
      String code = resolved.computeIfAbsent(row.region(), k -> catalogue.resolve(k).orElse(""));
      if (code.isEmpty()) {
        unknownRegions.computeIfAbsent(row.region(), k -> new ArrayList<>()).add(i + 1);
      }
      codes[i] = code;
      if (!Double.isFinite(row.value())) {
        problems.add(new Problem(ProblemCode.BAD_NUMBER, "row " + (i + 1),
            "%s %s %d: value %s is not a number; leave a missing value out".formatted(row.measure(), row.region(),
                row.year(), row.value())));
      }
      if (row.year() < 1000 || row.year() > 9999) {
        problems.add(new Problem(ProblemCode.BAD_VALUE, "row " + (i + 1),
            "year %d is not a four-digit year".formatted(row.year())));
      }
    }
    unknownMeasures.forEach((m, at) -> problems.add(new Problem(ProblemCode.UNKNOWN_INDICATOR, "measure " + m,
        "unknown measure '%s' (%s); add it to the catalogue first, or use one of %s".formatted(m, rowsText(at),
            new TreeSet<>(measures)))));
    unknownRegions.forEach((r, at) -> problems.add(new Problem(ProblemCode.UNKNOWN_UNIT, "region " + r,
        "unknown region '%s' (%s); write a province as 广东, 广东省, Guangdong, 44 or 440000".formatted(r, rowsText(at)))));
    if (!problems.isEmpty()) {
      throw new DataException(problems);
    }
    if (rows.isEmpty()) {
      throw DataException.of(ProblemCode.EMPTY_INPUT, "batch", "no rows to store");
    }
    return codes;
  }

  private static String rowsText(List<Integer> rows) {
    String first = rows.subList(0, Math.min(5, rows.size())).toString();
    return (rows.size() == 1 ? "row " : "rows ") + first.substring(1, first.length() - 1)
        + (rows.size() > 5 ? " … %d rows in all".formatted(rows.size()) : "");
  }

  /** Streams the rows to PostgreSQL's COPY as CSV: measure, region, year, value, unit, note. */
  private static void copy(Connection c, String sql, List<ObservationInput> rows, String[] regions) throws SQLException {
    CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
    try {
      StringBuilder b = new StringBuilder(1 << 17);
      for (int i = 0; i < rows.size(); i++) {
        ObservationInput r = rows.get(i);
        csv(b, r.measure()).append(',');
        csv(b, regions[i]).append(',').append(r.year()).append(',').append(r.value()).append(',');
        csv(b, r.unit()).append(',');
        csv(b, r.note()).append('\n');
        if (b.length() > 1 << 16) {
          byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
          copy.writeToCopy(bytes, 0, bytes.length);
          b.setLength(0);
        }
      }
      byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
      copy.writeToCopy(bytes, 0, bytes.length);
      copy.endCopy();
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    }
  }

  /** Appends a CSV field: null as an empty unquoted field (NULL), text always quoted. */
  private static StringBuilder csv(StringBuilder b, String text) {
    if (text == null) {
      return b;
    }
    b.append('"');
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '"') {
        b.append('"');
      }
      b.append(ch);
    }
    return b.append('"');
  }

  private static void refuseDuplicates(Statement s, String from) throws SQLException {
    List<Problem> problems = new ArrayList<>();
    try (ResultSet r = s.executeQuery("select measure, region, year, count(*) from " + from + " "
        + "group by measure, region, year having count(*) > 1 order by measure, region, year limit 100")) {
      while (r.next()) {
        problems.add(new Problem(ProblemCode.DUPLICATE_KEY, "%s %s %d".formatted(r.getString(1), r.getString(2), r.getInt(3)),
            "given %d times in one batch; keep one value per measure, region and year".formatted(r.getLong(4))));
      }
    }
    if (!problems.isEmpty()) {
      throw new DataException(problems);
    }
  }

  private static List<RevisionNeededException.ChangedValue> changes(Statement s) throws SQLException {
    List<RevisionNeededException.ChangedValue> out = new ArrayList<>();
    try (ResultSet r = s.executeQuery("select measure, region, year, cur_value, value from obs_diff "
        + "where cur_revision is not null and cur_value <> value order by measure, region, year")) {
      while (r.next()) {
        out.add(new RevisionNeededException.ChangedValue(r.getString(1), r.getString(2), r.getInt(3), r.getDouble(4),
            r.getDouble(5)));
      }
    }
    return out;
  }

  /**
   * Returns every revision of one value, oldest first (empty if none was ever stored).
   *
   * @param region any spelling of the region
   * @throws DataException for an unknown region
   */
  public List<Revision> history(String measure, String region, int year) {
    String code = store.catalogue().require(region);
    return store.read(c -> {
      List<Revision> out = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement("select o.revision, o.value, o.unit, o.note, o.batch_id, o.recorded_at, "
          + "o.reason, b.who, b.file_name, b.source_document from observation o join batch b on b.id = o.batch_id "
          + "where o.measure = ? and o.region = ? and o.year = ? order by o.revision")) {
        p.setString(1, measure);
        p.setString(2, code);
        p.setInt(3, year);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.add(new Revision(r.getInt(1), r.getDouble(2), r.getString(3), r.getString(4), r.getLong(5),
                Instants.of(r.getLong(6)), r.getString(7), r.getString(8), r.getString(9), r.getString(10)));
          }
        }
      }
      return out;
    });
  }

  /**
   * Returns the data a release froze: its measures and regions, as of its moment, every year. Later
   * imports and revisions do not change it.
   */
  public Panel asOf(Release release) {
    return asOf(release.asOf(), release.measures(), release.regions(), null);
  }

  /**
   * Returns the current values (the latest revisions) as a panel; see {@link #asOf(Instant, List, List, int[])}.
   */
  public Panel current(List<String> measures, List<String> regions, int[] years) {
    return asOf(Instant.MAX, measures, regions, years);
  }

  /**
   * Returns the values as they were at a moment: for each measure, region and year, the latest
   * revision recorded at or before it. Units are regions (codes), series are measures, and years
   * ascending; cells without a value are missing (NaN). Null selects all that have values (regions
   * in catalogue order, measures by code).
   *
   * @param regions any spellings of regions, or null
   * @throws DataException for an unknown region
   */
  public Panel asOf(Instant moment, List<String> measures, List<String> regions, int[] years) {
    long at = moment.isAfter(Instants.of(Long.MAX_VALUE / 2)) ? Long.MAX_VALUE : Instants.micros(moment);
    List<String> series = measures == null ? null : List.copyOf(new LinkedHashSet<>(measures));
    List<String> units = regions == null ? null : regions.stream().map(store.catalogue()::require).distinct().toList();
    int[] yearAxis = years == null ? null : Arrays.stream(years).distinct().sorted().toArray();
    if ((series != null && series.isEmpty()) || (units != null && units.isEmpty())
        || (yearAxis != null && yearAxis.length == 0)) {
      return Panel.builder(units == null ? List.of() : units, series == null ? List.of() : series,
          yearAxis == null ? new int[0] : yearAxis).build();
    }
    return store.read(c -> {
      StringBuilder where = new StringBuilder("where recorded_at <= ?");
      List<Object> args = new ArrayList<>();
      args.add(at);
      in(where, args, "measure", series);
      in(where, args, "region", units);
      if (yearAxis != null) {
        where.append(" and year >= ? and year <= ?");
        args.add(yearAxis[0]);
        args.add(yearAxis[yearAxis.length - 1]);
      }
      // Chosen measures and regions come back as their positions (a join with a VALUES list): reading
      // small integers instead of strings, and joining instead of filtering, makes a whole panel 3× faster.
      StringBuilder sql = new StringBuilder("select ").append(series != null ? "mi.i" : "l.measure").append(", ")
          .append(units != null ? "ri.i" : "l.region").append(", l.year, l.value from (").append(latest(where.toString()))
          .append(") l");
      positions(sql, args, "mi", "l.measure", series);
      positions(sql, args, "ri", "l.region", units);
      List<Object[]> cells = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement(sql.toString())) {
        for (int i = 0; i < args.size(); i++) {
          p.setObject(i + 1, args.get(i));
        }
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            cells.add(new Object[] {series != null ? (Object) r.getInt(1) : r.getString(1),
                units != null ? (Object) r.getInt(2) : r.getString(2), r.getInt(3), r.getDouble(4)});
          }
        }
      }
      return panel(cells, series, units, yearAxis);
    });
  }

  private static void positions(StringBuilder sql, List<Object> args, String alias, String column, List<String> codes) {
    if (codes == null) {
      return;
    }
    sql.append(" join (values ");
    for (int i = 0; i < codes.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append("(cast(? as varchar), ").append(i).append(')');
      args.add(codes.get(i));
    }
    sql.append(") as ").append(alias).append(" (code, i) on ").append(alias).append(".code = ").append(column);
  }

  private static void in(StringBuilder where, List<Object> args, String column, List<String> values) {
    if (values == null) {
      return;
    }
    where.append(" and ").append(column).append(" in (");
    for (int i = 0; i < values.size(); i++) {
      where.append(i == 0 ? "?" : ", ?");
      args.add(values.get(i));
    }
    where.append(')');
  }

  /** Assembles the panel; cells are {measure position or code, region position or code, year, value}. */
  private Panel panel(List<Object[]> cells, List<String> series, List<String> units, int[] years) {
    List<String> seriesAxis = series != null ? series
        : cells.stream().map(x -> (String) x[0]).distinct().sorted().toList();
    List<String> unitAxis = units;
    if (unitAxis == null) {
      Set<String> present = new java.util.HashSet<>();
      cells.forEach(x -> present.add((String) x[1]));
      unitAxis = store.catalogue().regions().stream().map(Region::code).filter(present::contains).toList();
    }
    int[] yearAxis = years != null ? years : cells.stream().mapToInt(x -> (Integer) x[2]).distinct().sorted().toArray();
    Panel.Builder b = Panel.builder(unitAxis, seriesAxis, yearAxis);
    for (Object[] x : cells) {
      int s = series != null ? (Integer) x[0] : b.seriesIndex((String) x[0]);
      int u = units != null ? (Integer) x[1] : b.unitIndex((String) x[1]);
      int y = b.yearIndex((Integer) x[2]);
      if (y >= 0) {
        b.set(u, s, y, (Double) x[3]);
      }
    }
    for (String u : unitAxis) {
      store.catalogue().region(u).ifPresent(r -> b.unitName(u, r.nameZh()));
    }
    return b.build();
  }

  /** Returns how many rows (revisions) are stored. */
  public long revisionCount() {
    return store.read(c -> {
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select count(*) from observation")) {
        r.next();
        return r.getLong(1);
      }
    });
  }
}
