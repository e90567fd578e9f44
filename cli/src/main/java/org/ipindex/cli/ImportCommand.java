package org.ipindex.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ipindex.app.DataImport;
import org.ipindex.io.AtomicFiles;
import org.ipindex.io.ingest.validate.DryRun;
import org.ipindex.io.ingest.validate.Outcome;
import org.ipindex.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ipindex import FILE}: validates a statistics file and stores its values as one batch. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Import a statistics file (long CSV, wide CSV/XLSX with --mapping, annual-report table, COINr iData) "
        + "into the store as one batch, after validating it.")
final class ImportCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "the statistics file")
  Path file;

  @Option(names = "--mapping", paramLabel = "FILE", description = "mapping file for wide or annual-report tables")
  Path mapping;

  @Option(names = "--dry-run", description = "validate and report what would change; store nothing")
  boolean dryRun;

  @Option(names = "--revise", description = "allow changing stored values (needs --reason)")
  boolean revise;

  @Option(names = "--reason", paramLabel = "TEXT", description = "why stored values are revised")
  String reason;

  @Option(names = "--accept-warnings", description = "store despite warnings")
  boolean acceptWarnings;

  @Option(names = "--source-document", paramLabel = "TEXT", description = "the document the values come from")
  String sourceDocument;

  @Option(names = "--problems", paramLabel = "FILE",
      description = "write every problem found to this CSV file (the screen lists the first " + DryRun.LISTED + ")")
  Path problemsFile;

  @Option(names = "--by", paramLabel = "WHO", description = "who imports (default: $USER)")
  String by;

  @Override
  public Integer call() throws IOException {
    CommandLine cli = spec.commandLine();
    if (revise && (reason == null || reason.isBlank())) {
      throw new CommandLine.ParameterException(cli, "--revise needs --reason TEXT: say why the stored values change");
    }
    if (!revise && reason != null) {
      throw new CommandLine.ParameterException(cli, "--reason goes with --revise");
    }
    String who = by != null ? by : System.getProperty("user.name", "ipindex");
    PrintWriter out = cli.getOut();
    PrintWriter err = cli.getErr();
    try (Store s = StoreOptions.of(spec).open(cli)) {
      DataImport.Result r = DataImport.run(s, new DataImport.Request(file, mapping, dryRun, revise ? reason : null,
          acceptWarnings, sourceDocument, who));
      Outcome o = r.outcome();
      if (problemsFile != null) {
        AtomicFiles.writeText(problemsFile, w -> DryRun.writeProblems(o.problems().all(), w));
        err.printf("ipindex: %s: every problem written to %s%n", file.getFileName(), problemsFile);
      }
      if (dryRun) {
        out.print(DryRun.report(o));
        out.flush();
        return 0;
      }
      switch (o.decision()) {
        case REJECT -> {
          err.printf("ipindex: %s rejected, nothing stored: %s, %s%n", file.getFileName(),
              DryRun.count(o.problems().errors().size(), "error"), DryRun.count(o.problems().warnings().size(), "warning"));
          DryRun.listing(o.problems().all()).forEach(l -> err.println("  " + l));
          return Main.BAD_INPUT;
        }
        case NEEDS_ACCEPTANCE -> {
          err.printf("ipindex: %s not stored: %d warnings; check them, then run again with --accept-warnings%n",
              file.getFileName(), o.problems().warnings().size());
          DryRun.listing(o.problems().warnings()).forEach(l -> err.println("  " + l));
          return Main.BAD_INPUT;
        }
        default -> {
          out.printf("%s: batch %d: %d new, %d changed, %d unchanged%n", file.getFileName(), r.written().batchId(),
              r.written().added(), r.written().revised(), r.written().unchanged());
          return 0;
        }
      }
    }
  }
}
