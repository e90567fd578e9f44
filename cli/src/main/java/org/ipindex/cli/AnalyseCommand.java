package org.ipindex.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.ipindex.app.analysis.AnalysisReport;
import org.ipindex.app.analysis.AnalysisRequest;
import org.ipindex.app.analysis.Analyser;
import org.ipindex.app.analysis.Cancellation;
import org.ipindex.app.analysis.ParallelRuns;
import org.ipindex.app.analysis.RunProgress;
import org.ipindex.app.analysis.RunsInterrupted;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.ProblemCode;
import org.ipindex.io.AtomicFiles;
import org.ipindex.io.analysis.AnalysisWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ipindex analyse uncertainty|sensitivity|audit}: how robust a ranking is to the method's
 * choices. Runs go on all cores; a progress bar shows on a terminal; Ctrl-C stops cleanly (runs
 * under way finish, nothing is written, "interrupted after N of M runs", exit code 130).
 */
@Command(name = "analyse", aliases = "analyze", mixinStandardHelpOptions = true,
    description = "Robustness of a ranking: uncertainty analysis (rank intervals), sensitivity analysis (Sobol "
        + "indices) or the statistical audit (indicator statistics, correlations, alpha, PCA, leave-one-out).")
final class AnalyseCommand implements Callable<Integer> {
  /** The exit code after Ctrl-C (128 + SIGINT), as shells report it. */
  static final int INTERRUPTED = 130;
  static final List<String> KINDS = List.of("uncertainty", "sensitivity", "audit");

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "uncertainty|sensitivity|audit", description = "which analysis")
  String kind;

  @Option(names = "--framework", required = true, paramLabel = "FILE|national|regional",
      description = "framework CSV (ours or COINr iMeta), or an official one: national, regional")
  String framework;

  @Option(names = "--data", paramLabel = "FILE", description = "data file; default: the bundled data")
  Path data;

  @Option(names = "--recipe", paramLabel = "FILE", description = "recipe YAML or JSON; default: the official one")
  Path recipe;

  @Option(names = "--spec", paramLabel = "FILE",
      description = "analysis spec (YAML or JSON): uncertain inputs, runs, sampler, seed; optional for audit")
  Path specFile;

  @Option(names = "--year", paramLabel = "Y", description = "evaluation year; default: the latest with data")
  Integer year;

  @Option(names = "--threads", paramLabel = "N", description = "runs at once; default: one per processor")
  Integer threads;

  @Option(names = "--progress", negatable = true,
      description = "show a progress bar on standard error (default: when it is a terminal)")
  Boolean progress;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "table, csv, json or xlsx (default: from --out, else table)")
  String format;

  @Option(names = "--out", paramLabel = "PATH",
      description = "write to this file (csv: one file per table, NAME-TABLE.csv next to it)")
  Path out;

  @Override
  public Integer call() throws Exception {
    String k = kind.toLowerCase(Locale.ROOT);
    if (!KINDS.contains(k)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "unknown analysis '%s'; use one of %s".formatted(kind, KINDS));
    }
    if (!k.equals("audit") && specFile == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "%s analysis needs --spec FILE naming its uncertain inputs (see examples/regional-robustness.yaml)"
              .formatted(k));
    }
    String f = Outputs.format(format, out);
    if (out == null && !f.equals("table")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format " + f + " needs --out FILE");
    }
    int n = threads == null ? ParallelRuns.defaultThreads() : threads;
    if (n < 1) {
      throw DataException.of(ProblemCode.BAD_PARAMETER, "--threads " + n, "give at least 1 thread");
    }
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    ProgressBar bar = ProgressBar.wanted(progress) ? new ProgressBar(stderr, k) : null;
    RunProgress listener = bar == null ? RunProgress.NONE : bar;
    AnalysisRequest request = new AnalysisRequest(framework, data, recipe, specFile, year, n);
    Cancellation cancellation = new Cancellation();
    CountDownLatch finished = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      cancellation.cancel();
      try {
        finished.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "ipindex-interrupt");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      AnalysisReport report;
      try {
        Analyser analyser = Analyser.bundled();
        report = switch (k) {
          case "uncertainty" -> analyser.uncertainty(request, listener, cancellation);
          case "sensitivity" -> analyser.sensitivity(request, listener, cancellation);
          default -> analyser.audit(request, listener, cancellation);
        };
      } catch (RunsInterrupted e) {
        if (bar != null) {
          bar.end();
        }
        stderr.println("ipindex: " + e.getMessage() + "; the partial results were discarded, nothing was written");
        stderr.flush();
        return INTERRUPTED;
      }
      String text = AnalysisText.render(report);
      if (out == null) {
        stdout.print(text);
      } else if (f.equals("table")) {
        AtomicFiles.writeString(out, text);
        stdout.println("wrote " + out);
      } else {
        for (Path p : AnalysisWriter.write(f, report.about(), report.tables(), out)) {
          stdout.println("wrote " + p);
        }
      }
      stdout.flush();
      return Main.OK;
    } finally {
      finished.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the JVM is exiting (Ctrl-C): the hook has run and waited for us
      }
    }
  }
}
