package org.ipindex.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.ProblemCode;

/**
 * Releases: an evaluation frozen with its data moment, framework, recipe and results. A release is
 * immutable: creating one under an existing name is refused, there is no update or delete, on
 * PostgreSQL triggers refuse UPDATE and DELETE, and every read checks the release's SHA-256 so that
 * a change made behind the store's back is reported instead of used.
 */
public final class Releases {
  private static final String COLUMNS = "name, evaluation_year, data_year, as_of, created_at, created_by, framework_name, "
      + "framework_text, recipe_name, recipe_text, measures, regions, row_count, content_sha256";

  private static final Comparator<ReleaseRow> ORDER =
      Comparator.comparing(ReleaseRow::unit).thenComparingInt(ReleaseRow::year).thenComparing(ReleaseRow::code);

  private final Store store;

  Releases(Store store) {
    this.store = store;
  }

  /**
   * Stores a release with its results, in one transaction.
   *
   * @throws ReleaseImmutableException when a release of that name exists
   * @throws IllegalArgumentException when {@code asOf} is later than any instant the store handed out
   *     (the data of such a moment are not frozen yet)
   */
  public Release create(NewRelease n) {
    return store.write(c -> {
      if (exists(c, n.name())) {
        throw ReleaseImmutableException.exists(n.name());
      }
      Instant last;
      try (PreparedStatement p = c.prepareStatement("select last_instant from store_clock"); ResultSet r = p.executeQuery()) {
        r.next();
        last = Instants.of(r.getLong(1));
      }
      if (n.asOf().isAfter(last)) {
        throw new IllegalArgumentException("a release's as-of moment %s is after the last instant the store handed out (%s); "
            .formatted(n.asOf(), last) + "take it from Store.nextInstant() before reading the data");
      }
      Instant created = store.instantIn(c);
      Release release = new Release(n.name(), n.evaluationYear(), n.dataYear(), n.asOf(), created, n.createdBy(),
          n.frameworkName(), n.frameworkText(), n.recipeName(), n.recipeText(), n.measures(), n.regions(), n.rows().size(),
          "");
      release = withHash(release, n.rows());
      try (PreparedStatement p = c.prepareStatement(
          "insert into release (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        p.setString(1, release.name());
        p.setInt(2, release.evaluationYear());
        p.setInt(3, release.dataYear());
        p.setLong(4, Instants.micros(release.asOf()));
        p.setLong(5, Instants.micros(release.createdAt()));
        p.setString(6, release.createdBy());
        p.setString(7, release.frameworkName());
        p.setString(8, release.frameworkText());
        p.setString(9, release.recipeName());
        p.setString(10, release.recipeText());
        p.setString(11, String.join(",", release.measures()));
        p.setString(12, String.join(",", release.regions()));
        p.setInt(13, release.rowCount());
        p.setString(14, release.contentSha256());
        p.executeUpdate();
      }
      try (PreparedStatement p = c.prepareStatement("insert into release_result "
          + "(release, unit, year, code, score, rank, change, change_pct, coverage) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        int pending = 0;
        for (ReleaseRow row : n.rows()) {
          p.setString(1, release.name());
          p.setString(2, row.unit());
          p.setInt(3, row.year());
          p.setString(4, row.code());
          number(p, 5, row.score());
          number(p, 6, row.rank());
          number(p, 7, row.change());
          number(p, 8, row.changePercent());
          number(p, 9, row.coverage());
          p.addBatch();
          if (++pending == 1000) {
            p.executeBatch();
            pending = 0;
          }
        }
        if (pending > 0) {
          p.executeBatch();
        }
      }
      return release;
    });
  }

  /** Returns every release, oldest first (without checking their hashes; {@link #get} checks). */
  public List<Release> list() {
    return store.read(c -> {
      List<Release> out = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement("select " + COLUMNS + " from release order by created_at");
          ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(release(r));
        }
      }
      return out;
    });
  }

  /**
   * Returns a release, checked against its SHA-256.
   *
   * @throws ReleaseImmutableException when the stored release no longer matches its hash
   */
  public Optional<Release> get(String name) {
    return store.read(c -> {
      Release release;
      try (PreparedStatement p = c.prepareStatement("select " + COLUMNS + " from release where name = ?")) {
        p.setString(1, name);
        try (ResultSet r = p.executeQuery()) {
          if (!r.next()) {
            return Optional.empty();
          }
          release = release(r);
        }
      }
      List<ReleaseRow> rows = rows(c, name);
      if (rows.size() != release.rowCount() || !withHash(release, rows).contentSha256().equals(release.contentSha256())) {
        throw ReleaseImmutableException.tampered(name);
      }
      return Optional.of(release);
    });
  }

  /**
   * Returns a release, checked against its SHA-256.
   *
   * @throws DataException naming the releases there are when there is none of that name
   */
  public Release require(String name) {
    return get(name).orElseThrow(() -> DataException.of(ProblemCode.BAD_PARAMETER, "release " + name,
        "no release named '%s'; releases: %s".formatted(name, list().stream().map(Release::name).toList())));
  }

  /** Returns a release's results, ordered by unit, year and code (checked against the release's hash). */
  public List<ReleaseRow> results(String name) {
    require(name);
    return store.read(c -> rows(c, name));
  }

  private static boolean exists(Connection c, String name) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("select count(*) from release where name = ?")) {
      p.setString(1, name);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return r.getLong(1) > 0;
      }
    }
  }

  private static List<ReleaseRow> rows(Connection c, String name) throws SQLException {
    List<ReleaseRow> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement("select unit, year, code, score, rank, change, change_pct, coverage "
        + "from release_result where release = ? order by unit, year, code")) {
      p.setString(1, name);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(new ReleaseRow(r.getString(1), r.getInt(2), r.getString(3), number(r, 4), number(r, 5), number(r, 6),
              number(r, 7), number(r, 8)));
        }
      }
    }
    out.sort(ORDER);
    return out;
  }

  private static Release release(ResultSet r) throws SQLException {
    return new Release(r.getString(1), r.getInt(2), r.getInt(3), Instants.of(r.getLong(4)), Instants.of(r.getLong(5)),
        r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10), split(r.getString(11)),
        split(r.getString(12)), r.getInt(13), r.getString(14));
  }

  private static List<String> split(String joined) {
    return joined.isEmpty() ? List.of() : List.of(joined.split(","));
  }

  private static void number(PreparedStatement p, int i, double v) throws SQLException {
    if (Double.isNaN(v)) {
      p.setNull(i, Types.DOUBLE);
    } else {
      p.setDouble(i, v);
    }
  }

  private static double number(ResultSet r, int i) throws SQLException {
    double v = r.getDouble(i);
    return r.wasNull() ? Double.NaN : v;
  }

  /** Returns the release with its content hash: metadata and rows (sorted by unit, year, code; doubles as bits). */
  private static Release withHash(Release r, List<ReleaseRow> rows) {
    MessageDigest d;
    try {
      d = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    StringBuilder b = new StringBuilder();
    for (Object field : List.of(r.name(), r.evaluationYear(), r.dataYear(), Instants.micros(r.asOf()),
        Instants.micros(r.createdAt()), r.createdBy(), r.frameworkName(), r.frameworkText(), r.recipeName(), r.recipeText(),
        String.join(",", r.measures()), String.join(",", r.regions()), rows.size())) {
      String text = String.valueOf(field);
      b.append(text.length()).append(':').append(text).append('\n');
    }
    d.update(b.toString().getBytes(StandardCharsets.UTF_8));
    List<ReleaseRow> sorted = new ArrayList<>(rows);
    sorted.sort(ORDER);
    for (ReleaseRow row : sorted) {
      b.setLength(0);
      b.append(row.unit()).append('|').append(row.year()).append('|').append(row.code());
      for (double v : new double[] {row.score(), row.rank(), row.change(), row.changePercent(), row.coverage()}) {
        b.append('|').append(Long.toHexString(Double.doubleToLongBits(v)));
      }
      b.append('\n');
      d.update(b.toString().getBytes(StandardCharsets.UTF_8));
    }
    return new Release(r.name(), r.evaluationYear(), r.dataYear(), r.asOf(), r.createdAt(), r.createdBy(), r.frameworkName(),
        r.frameworkText(), r.recipeName(), r.recipeText(), r.measures(), r.regions(), r.rowCount(),
        HexFormat.of().formatHex(d.digest()));
  }
}
