package org.ipindex.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.ipindex.app.StoreAccess;
import org.ipindex.store.Store;
import org.ipindex.store.WriteSummary;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Where the statistics store is: {@code --home DIR} (or {@code IPINDEX_HOME}, default
 * {@code ./ipindex-data}) or {@code --db URL}.
 */
final class StoreOptions {
  @Option(names = "--home", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
      description = "data directory of the embedded store (default: $IPINDEX_HOME, else ./ipindex-data)")
  Path home;

  @Option(names = "--db", paramLabel = "JDBC_URL", scope = CommandLine.ScopeType.INHERIT,
      description = "a PostgreSQL database instead, e.g. jdbc:postgresql://localhost/ipindex?user=u&password=p")
  String db;

  /**
   * Returns the store options of the command line: {@code --home} and {@code --db} are global, given
   * before or after the subcommand ({@code ipindex --home DIR data show …} or {@code ipindex data show --home DIR …}).
   */
  static StoreOptions of(CommandLine.Model.CommandSpec spec) {
    return ((Main) spec.root().userObject()).store;
  }

  /** Opens the store; on first use it loads the bundled statistics and says so on {@code err}. */
  Store open(CommandLine cli) {
    if (db != null && !db.startsWith("jdbc:postgresql:") && !db.startsWith("jdbc:duckdb:")) {
      throw new CommandLine.ParameterException(cli,
          "--db " + db + ": use a JDBC URL, jdbc:postgresql://HOST[:PORT]/DATABASE?user=U&password=P (or jdbc:duckdb:FILE)");
    }
    StoreAccess.Opened opened = StoreAccess.open(new StoreAccess.Location(home, db));
    if (!opened.loaded().isEmpty()) {
      PrintWriter err = cli.getErr();
      long values = opened.loaded().stream().mapToLong(WriteSummary::added).sum();
      err.printf("ipindex: new store (%s): loaded the bundled statistics, %d batches, %d values%n",
          opened.store().location(), opened.loaded().size(), values);
      err.flush();
    }
    return opened.store();
  }
}
