package org.ipindex.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ipindex.store.BundledData;
import org.ipindex.store.Store;
import org.ipindex.store.WriteSummary;

/**
 * Opens the statistics store the way every front end does: a PostgreSQL (or DuckDB) JDBC URL when
 * given, else the embedded store in the data directory ({@code --home}, else {@code IPINDEX_HOME},
 * else {@code ./ipindex-data}). A store without any batch gets the bundled statistics first, and a
 * store without any target set the bundled target sets ({@link BundledTargets}).
 */
public final class StoreAccess {
  private StoreAccess() {}

  /**
   * Where a store is.
   *
   * @param home the data directory, or null
   * @param jdbcUrl a JDBC URL, or null; wins over {@code home}
   */
  public record Location(Path home, String jdbcUrl) {
    /** Returns the data directory this location means when no JDBC URL is given. */
    public Path resolvedHome(Map<String, String> environment) {
      if (home != null) {
        return home;
      }
      String env = environment.get(Store.HOME_ENV);
      return env != null && !env.isBlank() ? Path.of(env) : Store.DEFAULT_HOME;
    }
  }

  /** A store opened, and what was loaded into it on first use (empty if it had data). */
  public record Opened(Store store, List<WriteSummary> loaded) {}

  /**
   * Opens the store at {@code location} (reading {@code IPINDEX_HOME} from the environment) and loads
   * the bundled data if it is new.
   */
  public static Opened open(Location location) {
    return open(location, System.getenv());
  }

  static Opened open(Location location, Map<String, String> environment) {
    Store store = location.jdbcUrl() != null ? Store.open(location.jdbcUrl()) : Store.open(location.resolvedHome(environment));
    try {
      List<WriteSummary> loaded = new ArrayList<>(BundledData.loadIfEmpty(store));
      BundledTargets.saveIfNone(store);
      BundledTargets.storeObservedIfNone(store).ifPresent(loaded::add);
      return new Opened(store, List.copyOf(loaded));
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }
}
