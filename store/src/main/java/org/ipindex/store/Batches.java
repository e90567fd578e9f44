package org.ipindex.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The batches stored: who imported or revised what, when, from which file and document. */
public final class Batches {
  private static final String COLUMNS = "id, kind, who, file_name, sha256, source_document, recorded_at, reason, "
      + "row_count, new_count, changed_count, unchanged_count";

  private final Store store;

  Batches(Store store) {
    this.store = store;
  }

  /** Returns every batch, oldest first. */
  public List<Batch> list() {
    return store.read(c -> {
      List<Batch> out = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement("select " + COLUMNS + " from batch order by id");
          ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(batch(r));
        }
      }
      return out;
    });
  }

  public Optional<Batch> get(long id) {
    return store.read(c -> {
      try (PreparedStatement p = c.prepareStatement("select " + COLUMNS + " from batch where id = ?")) {
        p.setLong(1, id);
        try (ResultSet r = p.executeQuery()) {
          return r.next() ? Optional.of(batch(r)) : Optional.empty();
        }
      }
    });
  }

  /** Returns whether a file with this SHA-256 was imported before (the batches that did, oldest first). */
  public List<Batch> withSha256(String sha256) {
    return list().stream().filter(b -> sha256.equals(b.info().sha256())).toList();
  }

  private static Batch batch(ResultSet r) throws SQLException {
    long id = r.getLong(1);
    return new Batch(id, r.getString(2), new BatchInfo(r.getString(3), r.getString(4), r.getString(5), r.getString(6)),
        Instants.of(r.getLong(7)), r.getString(8),
        new WriteSummary(id, r.getLong(9), r.getLong(10), r.getLong(11), r.getLong(12)));
  }

  static void insert(Connection c, long id, String kind, BatchInfo info, long recordedAt, String reason, WriteSummary s)
      throws SQLException {
    try (PreparedStatement p = c.prepareStatement(
        "insert into batch (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      p.setLong(1, id);
      p.setString(2, kind);
      p.setString(3, info.who());
      text(p, 4, info.fileName());
      text(p, 5, info.sha256());
      text(p, 6, info.sourceDocument());
      p.setLong(7, recordedAt);
      text(p, 8, reason);
      p.setLong(9, s.rows());
      p.setLong(10, s.added());
      p.setLong(11, s.revised());
      p.setLong(12, s.unchanged());
      p.executeUpdate();
    }
  }

  static void text(PreparedStatement p, int i, String value) throws SQLException {
    if (value == null) {
      p.setNull(i, Types.VARCHAR);
    } else {
      p.setString(i, value);
    }
  }
}
