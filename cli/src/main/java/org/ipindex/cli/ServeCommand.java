package org.ipindex.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ipindex serve}: the dashboard and API (being built). */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the dashboard and the API.")
final class ServeCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("ipindex serve: not built yet");
    return Main.BUG;
  }
}
