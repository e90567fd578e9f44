package org.ipindex.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.ipindex.app.StoreAccess;
import org.ipindex.store.Store;
import org.ipindex.web.Access;
import org.ipindex.web.ServerProperties;
import org.ipindex.web.WebServer;
import org.ipindex.web.WebSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ipindex serve}: the dashboard and the API on the statistics store (the embedded store in
 * {@code --home}, loading the bundled data on first use, or {@code --db}), until Ctrl-C.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the dashboard and the API: everyone may read; writing (import, revise, release) needs a token.",
        "Runs until Ctrl-C."},
    footer = {"", "Who may write: server.properties in the data directory (or --config FILE):",
        "  user.alice = admin, TOKEN         a token of at least 24 characters",
        "  user.bob = analyst, sha256:HEX    or the token's SHA-256 (sha256sum)",
        "  max-request-size = 20MB           the largest request body (an import)",
        "Roles: viewer (audit, dry runs) < analyst (import, revise) < admin (releases).",
        "Without the file the server is read-only."})
final class ServeCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
      description = "port to listen on; 0 for any free one (default: ${DEFAULT-VALUE})")
  int port;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "0.0.0.0",
      description = "address to listen on: 0.0.0.0 every interface, 127.0.0.1 this machine only (default: ${DEFAULT-VALUE})")
  String bind;

  @Option(names = "--config", paramLabel = "FILE",
      description = "the server's configuration (default: server.properties in the data directory, if there is one)")
  Path config;

  @Override
  public Integer call() throws Exception {
    CommandLine cli = spec.commandLine();
    if (port < 0 || port > 65535) {
      throw new CommandLine.ParameterException(cli, "--port " + port + ": use a port from 1 to 65535, or 0 for any free one");
    }
    StoreOptions where = StoreOptions.of(spec);
    WebSettings settings = new WebSettings(bind, port, Access.none(), WebSettings.DEFAULT_MAX_REQUEST_BYTES);
    Optional<Path> file = Optional.ofNullable(config);
    if (file.isEmpty() && where.db == null) {
      file = ServerProperties.inHome(new StoreAccess.Location(where.home, null).resolvedHome(System.getenv()));
    }
    if (file.isPresent()) {
      settings = ServerProperties.read(file.get(), settings);
    }
    Store store = where.open(cli);
    WebServer server;
    try {
      server = WebServer.start(store, settings);
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
    PrintWriter out = cli.getOut();
    out.printf("ipindex serve: the dashboard at %s, the API at %sapi (described in %sapi/openapi.json)%n", server.url(),
        server.url(), server.url());
    out.printf("  store: %s%n", store.location());
    out.printf("  writes: %s%n", settings.access().users().isEmpty()
        ? "off (read-only; users with tokens go in " + ServerProperties.FILE_NAME + ", see --help)"
        : "%d users from %s".formatted(settings.access().users().size(), file.orElseThrow()));
    out.println("  Ctrl-C stops it.");
    out.flush();
    stopped.await();
    return Main.OK;
  }
}
