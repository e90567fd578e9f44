package org.ipindex.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Direction;
import org.ipindex.core.model.ProblemCode;
import org.ipindex.core.target.AlternativeBaseline;
import org.ipindex.core.target.Comparison;
import org.ipindex.core.target.Target;

/**
 * Plan target sets (tables {@code target_set}, {@code target}, {@code target_alt_baseline}). A set is
 * never changed in place: saving a set that exists is refused unless {@code replace} is given, and then
 * it is stored as a new version next to the old ones; {@link #load} and {@link #sets} use the newest
 * version. {@link #load} returns targets equal to the ones saved, in the same order.
 */
public final class Targets {
  private static final String SET_COLUMNS =
      "name, version, description, who, file_name, sha256, source_document, loaded_at, target_count";

  private final Store store;

  Targets(Store store) {
    this.store = store;
  }

  /**
   * Saves a target set, in one transaction.
   *
   * @param set the set's name; every target must belong to it
   * @param description what the set is, or null
   * @param targets the targets, in order (at least one; indicator codes unique)
   * @param provenance who saves it, from which file and document
   * @param replace whether an existing set may be replaced (by a new version)
   * @return the version stored
   * @throws IllegalArgumentException for a blank name, no targets, a target of another set or a
   *     repeated indicator code, or an existing set without {@code replace}
   */
  public TargetSet save(String set, String description, List<Target> targets, BatchInfo provenance, boolean replace) {
    if (set == null || set.isBlank()) {
      throw new IllegalArgumentException("a target set needs a name");
    }
    if (targets.isEmpty()) {
      throw new IllegalArgumentException("target set '%s': no targets to save".formatted(set));
    }
    List<String> codes = new ArrayList<>();
    for (Target t : targets) {
      if (!t.set().equals(set)) {
        throw new IllegalArgumentException("target '%s' belongs to set '%s', not '%s'".formatted(t.indicatorCode(), t.set(), set));
      }
      if (codes.contains(t.indicatorCode())) {
        throw new IllegalArgumentException("target set '%s': indicator '%s' appears twice".formatted(set, t.indicatorCode()));
      }
      codes.add(t.indicatorCode());
    }
    return store.write(c -> {
      Optional<TargetSet> existing = latest(c, set);
      if (existing.isPresent() && !replace) {
        throw new IllegalArgumentException(("target set '%s' exists (version %d, %d targets); save it with replace to "
            + "store a new version").formatted(set, existing.get().version(), existing.get().targetCount()));
      }
      int version = existing.map(s -> s.version() + 1).orElse(1);
      Instant loaded = store.instantIn(c);
      try (PreparedStatement p = c.prepareStatement(
          "insert into target_set (" + SET_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        p.setString(1, set);
        p.setInt(2, version);
        p.setString(3, description);
        p.setString(4, provenance.who());
        p.setString(5, provenance.fileName());
        p.setString(6, provenance.sha256());
        p.setString(7, provenance.sourceDocument());
        p.setLong(8, Instants.micros(loaded));
        p.setInt(9, targets.size());
        p.executeUpdate();
      }
      try (PreparedStatement p = c.prepareStatement("insert into target (set_name, version, position, indicator_code, "
              + "name_zh, name_en, unit_zh, unit_en, direction, comparison, baseline_year, baseline_value, target_year, "
              + "target_value, ceiling, source, note, framework_code) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
          PreparedStatement a = c.prepareStatement(
              "insert into target_alt_baseline (set_name, version, position, alt, value, source) values (?, ?, ?, ?, ?, ?)")) {
        int position = 0;
        for (Target t : targets) {
          position++;
          p.setString(1, set);
          p.setInt(2, version);
          p.setInt(3, position);
          p.setString(4, t.indicatorCode());
          p.setString(5, t.nameZh());
          p.setString(6, t.nameEn());
          p.setString(7, t.unitZh());
          p.setString(8, t.unitEn());
          p.setInt(9, t.direction().sign());
          p.setString(10, t.comparison().code());
          p.setInt(11, t.baselineYear());
          number(p, 12, t.baselineValue());
          p.setInt(13, t.targetYear());
          number(p, 14, t.targetValue());
          number(p, 15, t.ceiling());
          p.setString(16, t.source());
          p.setString(17, t.note());
          p.setString(18, t.frameworkCode());
          p.executeUpdate();
          int alt = 0;
          for (AlternativeBaseline b : t.alternatives()) {
            a.setString(1, set);
            a.setInt(2, version);
            a.setInt(3, position);
            a.setInt(4, ++alt);
            a.setDouble(5, b.value());
            a.setString(6, b.source());
            a.executeUpdate();
          }
        }
      }
      return new TargetSet(set, version, description, provenance, loaded, targets.size());
    });
  }

  /** Returns the newest version of every stored set, by name. */
  public List<TargetSet> sets() {
    return store.read(c -> {
      List<TargetSet> out = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement("select " + SET_COLUMNS + " from target_set s where version = "
          + "(select max(version) from target_set m where m.name = s.name) order by name");
          ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(set(r));
        }
      }
      return out;
    });
  }

  /** Returns the newest version of a set, if it is stored. */
  public Optional<TargetSet> get(String set) {
    return store.read(c -> latest(c, set));
  }

  /**
   * Returns the targets of the newest version of a set, in the order saved.
   *
   * @throws DataException naming the stored sets when there is no set of that name
   */
  public List<Target> load(String set) {
    return store.read(c -> {
      Optional<TargetSet> latest = set == null ? Optional.empty() : latest(c, set);
      if (latest.isEmpty()) {
        List<String> names = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("select distinct name from target_set order by name");
            ResultSet r = p.executeQuery()) {
          while (r.next()) {
            names.add(r.getString(1));
          }
        }
        throw DataException.of(ProblemCode.BAD_PARAMETER, "target set " + set,
            "no target set named '%s' in the store; target sets: %s".formatted(set, names));
      }
      int version = latest.get().version();
      List<List<AlternativeBaseline>> alternatives = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement("select position, value, source from target_alt_baseline "
          + "where set_name = ? and version = ? order by position, alt")) {
        p.setString(1, set);
        p.setInt(2, version);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            int position = r.getInt(1);
            while (alternatives.size() < position) {
              alternatives.add(new ArrayList<>());
            }
            alternatives.get(position - 1).add(new AlternativeBaseline(r.getDouble(2), r.getString(3)));
          }
        }
      }
      List<Target> out = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement("select position, indicator_code, name_zh, name_en, unit_zh, unit_en, "
          + "direction, comparison, baseline_year, baseline_value, target_year, target_value, ceiling, source, note, "
          + "framework_code from target where set_name = ? and version = ? order by position")) {
        p.setString(1, set);
        p.setInt(2, version);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            int position = r.getInt(1);
            List<AlternativeBaseline> alt = position <= alternatives.size() ? alternatives.get(position - 1) : List.of();
            out.add(new Target(set, r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                Direction.of(r.getInt(7)), Comparison.byCode(r.getString(8)), r.getInt(9), number(r, 10), r.getInt(11),
                number(r, 12), number(r, 13), r.getString(14), r.getString(15), alt, r.getString(16)));
          }
        }
      }
      return out;
    });
  }

  private static Optional<TargetSet> latest(Connection c, String set) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(
        "select " + SET_COLUMNS + " from target_set where name = ? order by version desc limit 1")) {
      p.setString(1, set);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? Optional.of(set(r)) : Optional.empty();
      }
    }
  }

  private static TargetSet set(ResultSet r) throws SQLException {
    return new TargetSet(r.getString(1), r.getInt(2), r.getString(3),
        new BatchInfo(r.getString(4), r.getString(5), r.getString(6), r.getString(7)), Instants.of(r.getLong(8)),
        r.getInt(9));
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
}
