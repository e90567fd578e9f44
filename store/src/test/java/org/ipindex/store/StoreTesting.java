package org.ipindex.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Opens test stores on both databases: DuckDB in a temporary directory and PostgreSQL in a fresh
 * schema of the test database that {@code scripts/setup-postgres.sh} starts. The PostgreSQL tests run
 * unless {@code -Dipindex.pg=off} is given (for a developer without PostgreSQL); when PostgreSQL is
 * not reachable they fail, so CI never skips them silently.
 */
public final class StoreTesting {
  /** {@code -Dipindex.pg=off} leaves PostgreSQL out. */
  public static final String PG_SWITCH = "ipindex.pg";
  /** The JDBC URL of the PostgreSQL test database. */
  public static final String PG_URL = "ipindex.pg.url";
  public static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/ipindex_test?user=ipindex&password=ipindex";

  private static final AtomicInteger SCHEMAS = new AtomicInteger();
  private static final List<String> CREATED = new ArrayList<>();
  private static final String RUN = Long.toString(ProcessHandle.current().pid());

  private StoreTesting() {}

  /** The databases a store test runs on. */
  public enum Backend { DUCKDB, POSTGRESQL }

  /** Returns the backends to test: both, or DuckDB alone with {@code -Dipindex.pg=off}. */
  public static Stream<Backend> backends() {
    return "off".equalsIgnoreCase(System.getProperty(PG_SWITCH, "on")) ? Stream.of(Backend.DUCKDB)
        : Stream.of(Backend.DUCKDB, Backend.POSTGRESQL);
  }

  /** Returns the JDBC URL of a new, empty store: a DuckDB file under {@code dir}, or a fresh PostgreSQL schema. */
  public static String newStoreUrl(Backend backend, Path dir) {
    if (backend == Backend.DUCKDB) {
      return "jdbc:duckdb:" + dir.resolve("store-" + SCHEMAS.incrementAndGet()).resolve(Store.DATABASE_FILE);
    }
    String schema = "ipx_" + RUN + "_" + SCHEMAS.incrementAndGet();
    String base = System.getProperty(PG_URL, DEFAULT_PG_URL);
    try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
      s.execute("create schema " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException(("PostgreSQL for the store tests is not available at %s (%s); run "
          + "scripts/setup-postgres.sh (scripts/test.sh does), or pass -Dipindex.pg=off to test DuckDB alone")
          .formatted(Store.redact(base), e.getMessage()), e);
    }
    synchronized (CREATED) {
      if (CREATED.isEmpty()) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropSchemas(base)));
      }
      CREATED.add(schema);
    }
    return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** Opens a new, empty store. */
  public static Store open(Backend backend, Path dir) {
    String url = newStoreUrl(backend, dir);
    if (backend == Backend.DUCKDB) {
      return Store.open(Path.of(url.substring("jdbc:duckdb:".length())).getParent());
    }
    return Store.open(url);
  }

  private static void dropSchemas(String base) {
    try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
      synchronized (CREATED) {
        for (String schema : CREATED) {
          s.execute("drop schema if exists " + schema + " cascade");
        }
      }
    } catch (SQLException e) {
      System.err.println("could not drop the test schemas: " + e.getMessage().toLowerCase(Locale.ROOT));
    }
  }
}
