package org.ipindex.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.ipindex.app.StoreAccess;
import org.ipindex.store.Store;
import org.ipindex.web.Access;
import org.ipindex.web.ServerProperties;
import org.ipindex.web.WebServer;
import org.ipindex.web.WebSettings;

/** Serves the dashboard and the API on an opened store until the process is stopped (Ctrl-C): {@code serve} and {@code run}. */
final class Dashboard {
  private Dashboard() {}

  /**
   * The server's settings: the address and port, and the users who may write from the configuration
   * file ({@code config}, else {@code server.properties} in the data directory when the store is
   * embedded; without one the server is read-only).
   */
  static Settings settings(StoreOptions where, String bind, int port, Path config) throws IOException {
    WebSettings settings = new WebSettings(bind, port, Access.none(), WebSettings.DEFAULT_MAX_REQUEST_BYTES);
    Optional<Path> file = Optional.ofNullable(config);
    if (file.isEmpty() && where.db == null) {
      file = ServerProperties.inHome(new StoreAccess.Location(where.home, null).resolvedHome(System.getenv()));
    }
    if (file.isPresent()) {
      settings = ServerProperties.read(file.get(), settings);
    }
    return new Settings(settings, file);
  }

  /** Server settings and the file the users came from, if any. */
  record Settings(WebSettings web, Optional<Path> file) {}

  /**
   * Starts the server on the store and waits until the process is stopped; the store is closed by
   * the shutdown hook (and here if the server cannot start).
   */
  static int serveUntilStopped(Store store, Settings settings, PrintWriter out) throws InterruptedException {
    WebServer server;
    try {
      server = WebServer.start(store, settings.web());
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
      } finally {
        store.close();
        stopped.countDown();
      }
    }, "ipindex-serve-stop"));
    out.printf("ipindex serve: the dashboard at %s, the API at %sapi (described in %sapi/openapi.json)%n", server.url(),
        server.url(), server.url());
    out.printf("  store: %s%n", store.location());
    out.printf("  writes: %s%n", settings.web().access().users().isEmpty()
        ? "off (read-only; users with tokens go in " + ServerProperties.FILE_NAME + ", see ipindex serve --help)"
        : "%d users from %s".formatted(settings.web().access().users().size(), settings.file().orElseThrow()));
    out.println("  Ctrl-C stops it.");
    out.flush();
    stopped.await();
    return Main.OK;
  }
}
