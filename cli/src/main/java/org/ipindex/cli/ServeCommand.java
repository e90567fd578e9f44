package org.ipindex.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
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
    Dashboard.Settings settings = Dashboard.settings(where, bind, port, config);
    return Dashboard.serveUntilStopped(where.open(cli), settings, cli.getOut());
  }
}
