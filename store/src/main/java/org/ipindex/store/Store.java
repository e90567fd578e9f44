package org.ipindex.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.duckdb.DuckDBConnection;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The statistics store: an embedded DuckDB file in a data directory (the default), or a PostgreSQL
 * database given by a JDBC URL. Opening runs the migrations and, on an empty store, seeds the
 * catalogue. Start with {@link #catalogue()}, {@link #observations()} and {@link #releases()}.
 *
 * <p>One store holds one connection and serialises its work; on PostgreSQL, writes also take a
 * transaction-scoped advisory lock so that several processes write one after another. Only one
 * process can open an embedded store: a second gets a {@link StoreLockedException}. Within a
 * process, open one store per database and share it (DuckDB lets two connections of one process
 * write, but their transactions then conflict instead of waiting for each other).
 */
public final class Store implements AutoCloseable {
  /** The environment variable naming the data directory. */
  public static final String HOME_ENV = "IPINDEX_HOME";
  /** The data directory used when neither {@code --home} nor {@value #HOME_ENV} is given. */
  public static final Path DEFAULT_HOME = Path.of("ipindex-data");
  /** The DuckDB file inside the data directory. */
  public static final String DATABASE_FILE = "ipindex.duckdb";

  private static final long WRITE_LOCK_KEY = 0x1B1DE7L;

  private final Connection connection;
  private final Dialect dialect;
  private final String location;
  private final Clock clock;
  private final ReentrantLock lock = new ReentrantLock();
  private final Catalogue catalogue;
  private final Observations observations;
  private final Batches batches;
  private final Releases releases;
  private final Targets targets;

  private Store(Connection connection, Dialect dialect, String location, Clock clock) {
    this.connection = connection;
    this.dialect = dialect;
    this.location = location;
    this.clock = clock;
    this.catalogue = new Catalogue(this);
    this.observations = new Observations(this);
    this.batches = new Batches(this);
    this.releases = new Releases(this);
    this.targets = new Targets(this);
  }

  /** Which database a store runs on. */
  public enum Dialect { DUCKDB, POSTGRESQL }

  /** Opens (creating if needed) the embedded store in a data directory. */
  public static Store open(Path home) {
    return open(home, Clock.systemUTC());
  }

  /** Opens the embedded store in a data directory, with a clock (tests pass a fixed one). */
  public static Store open(Path home, Clock clock) {
    try {
      Files.createDirectories(home);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data directory " + home.toAbsolutePath(), e);
    }
    return open("jdbc:duckdb:" + home.resolve(DATABASE_FILE).toAbsolutePath(), clock);
  }

  /** Opens a store by JDBC URL: {@code jdbc:duckdb:FILE} or {@code jdbc:postgresql://…}. */
  public static Store open(String jdbcUrl) {
    return open(jdbcUrl, Clock.systemUTC());
  }

  /**
   * Opens a store by JDBC URL with a clock.
   *
   * @throws StoreLockedException when another process holds the embedded database
   * @throws IllegalArgumentException for a URL that is neither DuckDB nor PostgreSQL
   * @throws StoreUnavailableException when the database cannot be reached
   */
  public static Store open(String jdbcUrl, Clock clock) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Dialect dialect;
    if (jdbcUrl.startsWith("jdbc:duckdb:")) {
      dialect = Dialect.DUCKDB;
    } else if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      dialect = Dialect.POSTGRESQL;
    } else {
      throw new IllegalArgumentException(
          "unsupported database URL '%s': use jdbc:duckdb:FILE or jdbc:postgresql://HOST/DB".formatted(jdbcUrl));
    }
    if (dialect == Dialect.DUCKDB) {
      createParent(jdbcUrl.substring("jdbc:duckdb:".length()));
    }
    Connection c;
    try {
      c = DriverManager.getConnection(jdbcUrl);
    } catch (SQLException e) {
      if (dialect == Dialect.DUCKDB) {
        StoreLockedException.ifLocked(jdbcUrl.substring("jdbc:duckdb:".length()), e);
      }
      StoreUnavailableException u = StoreUnavailableException.of(redact(jdbcUrl), e.getMessage());
      u.initCause(e);
      throw u;
    }
    Store store = new Store(c, dialect, redact(jdbcUrl), clock);
    try {
      store.migrate();
      store.catalogue.seedMissing();
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    return store;
  }

  private static void createParent(String file) {
    String path = file.contains("?") ? file.substring(0, file.indexOf('?')) : file;
    if (path.isEmpty() || path.startsWith(":memory:")) {
      return;
    }
    Path parent = Path.of(path).toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw StoreUnavailableException.of(path, "cannot create the directory " + parent + ": " + e.getMessage());
    }
  }

  /** The version of the newest migration (SQL files V1–V3 and V5, and {@link ReleaseGuards}, V4). */
  static final String SCHEMA_VERSION = "6";

  private void migrate() {
    String version = schemaVersion();
    if (SCHEMA_VERSION.equals(version)) {
      return;
    }
    if (version != null && version.matches("\\d+") && Integer.parseInt(version) > Integer.parseInt(SCHEMA_VERSION)) {
      throw StoreUnavailableException.of(location, ("it was written by a newer ipindex (schema version %s; this ipindex "
          + "knows versions up to %s): use that ipindex, or a newer one").formatted(version, SCHEMA_VERSION));
    }
    try {
      Flyway.configure()
          .dataSource(new SharedDataSource(this::flywayConnection))
          .locations("classpath:db/migration")
          .javaMigrations(new ReleaseGuards())
          .loggers(QuietFlywayLog.class.getName())
          .load()
          .migrate();
    } catch (FlywayException e) {
      StoreUnavailableException u = StoreUnavailableException.of(location, ("its schema cannot be brought to version %s "
          + "(is it a store of a newer ipindex, or not an ipindex store?): %s").formatted(SCHEMA_VERSION, e.getMessage()));
      u.initCause(e);
      throw u;
    }
  }

  /**
   * Returns the schema version Flyway recorded last, or null for a new database. Checking it first
   * spares an up-to-date store Flyway's start-up (over a second in the command-line jar).
   */
  private String schemaVersion() {
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
        "select version from flyway_schema_history where success order by installed_rank desc limit 1")) {
      return r.next() ? r.getString(1) : null;
    } catch (SQLException e) {
      return null;
    }
  }

  private Connection flywayConnection() throws SQLException {
    if (connection instanceof DuckDBConnection d) {
      return d.duplicate();
    }
    return SharedDataSource.unclosable(connection);
  }

  public Dialect dialect() {
    return dialect;
  }

  /** Returns where the store lives (the JDBC URL without a password). */
  public String location() {
    return location;
  }

  public Catalogue catalogue() {
    return catalogue;
  }

  public Observations observations() {
    return observations;
  }

  public Batches batches() {
    return batches;
  }

  public Releases releases() {
    return releases;
  }

  /** Returns the plan target sets. */
  public Targets targets() {
    return targets;
  }

  /**
   * Hands out a new instant: the clock's, but always after every instant handed out before (to a
   * batch or a release), so that "as of" is exact even if the system clock steps back. Microsecond
   * precision.
   */
  public Instant nextInstant() {
    return write(c -> instantIn(c));
  }

  /** Returns the last instant handed out (0 = 1970 for an empty store). */
  public Instant lastInstant() {
    return read(c -> {
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select last_instant from store_clock")) {
        r.next();
        return Instants.of(r.getLong(1));
      }
    });
  }

  Instant instantIn(Connection c) throws SQLException {
    long now = Instants.micros(clock.instant().truncatedTo(ChronoUnit.MICROS));
    long last;
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select last_instant from store_clock")) {
      r.next();
      last = r.getLong(1);
    }
    long t = Math.max(now, last + 1);
    try (Statement s = c.createStatement()) {
      s.executeUpdate("update store_clock set last_instant = " + t + " where id = 1");
    }
    return Instants.of(t);
  }

  /** Work with the connection inside one transaction. */
  @FunctionalInterface
  interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }

  /** Runs read-only work. */
  <T> T read(SqlWork<T> work) {
    lock.lock();
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw new StoreException("store error: " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }

  /** Runs work in one transaction: all of it is committed, or none of it (also on any exception). */
  <T> T write(SqlWork<T> work) {
    lock.lock();
    try {
      connection.setAutoCommit(false);
      try {
        if (dialect == Dialect.POSTGRESQL) {
          try (Statement s = connection.createStatement()) {
            s.execute("select pg_advisory_xact_lock(" + WRITE_LOCK_KEY + ")");
          }
        }
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        try {
          connection.rollback();
        } catch (SQLException r) {
          e.addSuppressed(r);
        }
        if (e instanceof SQLException s) {
          throw new StoreException("store error (nothing was written): " + s.getMessage(), s);
        }
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("store error: " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() {
    lock.lock();
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the store " + location + ": " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public String toString() {
    return "Store[" + dialect + " " + location + "]";
  }

  static String redact(String jdbcUrl) {
    return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }
}
