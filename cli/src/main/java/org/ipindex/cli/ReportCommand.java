package org.ipindex.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ipindex report}: the development report (being built). */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Write the development report from a release.")
final class ReportCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("ipindex report: not built yet");
    return Main.BUG;
  }
}
