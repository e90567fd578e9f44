package org.ipindex.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ipindex.app.Evaluation;
import org.ipindex.app.Evaluator;
import org.ipindex.app.Regions;
import org.ipindex.app.ReleaseService;
import org.ipindex.app.StoreEvaluator;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.ProblemCode;
import org.ipindex.report.ReportFormat;
import org.ipindex.report.ReportWriter;
import org.ipindex.report.model.Lang;
import org.ipindex.store.Batch;
import org.ipindex.store.Release;
import org.ipindex.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ipindex run}: the main job on the bundled data — both official evaluations written to a
 * folder, a release of each in the store, the development report from them, then the dashboard.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"The main job: evaluate the national and the regional index on the data in the store (the bundled data "
        + "on first use), freeze both as releases, write the development report, then serve the dashboard.",
        "Results and report go to --out; the dashboard runs until Ctrl-C (--no-serve ends after the report)."})
final class RunCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "out", description = "output folder (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", description = "language of the report (default: ${DEFAULT-VALUE})")
  String lang;

  @Option(names = "--no-serve", description = "end after the report instead of serving the dashboard")
  boolean noServe;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
      description = "the dashboard's port; 0 for any free one (default: ${DEFAULT-VALUE})")
  int port;

  @Override
  public Integer call() throws Exception {
    CommandLine cli = spec.commandLine();
    Lang language;
    try {
      language = Lang.of(lang);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cli, "--lang " + lang + ": " + e.getMessage());
    }
    if (port < 0 || port > 65535) {
      throw new CommandLine.ParameterException(cli, "--port " + port + ": use a port from 1 to 65535, or 0 for any free one");
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new CommandLine.ParameterException(cli, "--out " + out + ": is a file; name a folder");
    }
    PrintWriter stdout = cli.getOut();
    StoreOptions where = StoreOptions.of(spec);
    Dashboard.Settings settings = Dashboard.settings(where, "0.0.0.0", port, null);
    Store store = where.open(cli);
    try {
      List<String> releases = releases(store, stdout);
      evaluate(store, releases, stdout);
      for (Path p : ReportWriter.write(store, releases, language, EnumSet.allOf(ReportFormat.class), out)) {
        stdout.printf(Locale.ROOT, "wrote %s (%,d KB)%n", p, (Files.size(p) + 1023) / 1024);
      }
      stdout.flush();
    } catch (Exception | Error e) {
      store.close();
      throw e;
    }
    if (noServe) {
      store.close();
      return Main.OK;
    }
    return Dashboard.serveUntilStopped(store, settings, stdout);
  }

  /**
   * Both releases' evaluations (what the report shows), printed with their coverage and written as CSV,
   * JSON, XLSX and text; the regional one with the four areas' statistics.
   */
  private void evaluate(Store store, List<String> releases, PrintWriter stdout) throws Exception {
    Evaluator evaluator = Evaluator.bundled();
    for (String release : releases) {
      ReleaseService.Check check = ReleaseService.reproduce(store, release);
      String name = check.release().frameworkName();
      Evaluation e = name.equals("regional") ? evaluator.grouped(check.evaluation(), Regions.AREA) : check.evaluation();
      String text = EvaluationText.render(e);
      stdout.println("=".repeat(100));
      stdout.printf("release %s%n", release);
      stdout.print(text);
      for (String format : new String[] {"csv", "json", "xlsx"}) {
        Outputs.write(e.results(), format, out.resolve(name + "." + format), text);
      }
      Outputs.write(e.results(), "table", out.resolve(name + ".txt"), text);
      stdout.printf("wrote %s/%s.{csv,json,xlsx,txt}%n", out, name);
    }
    stdout.println("=".repeat(100));
  }

  /**
   * The regional and the national release of the latest evaluation year the store's data allow: the
   * newest existing pair when nothing was imported after it, else a new pair ({@code regional-2025},
   * {@code regional-2025.2}, …), so the report always rests on the data in the store now.
   */
  private static List<String> releases(Store store, PrintWriter stdout) throws Exception {
    var years = StoreEvaluator.everyYear(store, "regional", Instant.MAX);
    if (years.isEmpty()) {
      throw DataException.of(ProblemCode.MISSING_DATA, "store " + store.location(),
          "the store holds no value of a regional indicator; import data first (ipindex import FILE)");
    }
    int year = years.lastKey();
    Instant lastWrite = store.batches().list().stream().map(Batch::recordedAt).max(Instant::compareTo).orElse(Instant.MIN);
    List<String> names = new ArrayList<>();
    for (String framework : List.of("national", "regional")) {
      Optional<Release> current = store.releases().list().stream()
          .filter(r -> r.frameworkName().equals(framework) && r.createdBy().equals(WHO) && r.evaluationYear() == year)
          .filter(r -> !r.asOf().isBefore(lastWrite))
          .max((a, b) -> a.createdAt().compareTo(b.createdAt()));
      if (current.isPresent()) {
        stdout.printf("release %s: up to date with the store (made %s), reused%n", current.get().name(), current.get().createdAt());
        names.add(current.get().name());
        continue;
      }
      Release r = ReleaseService.create(store, new ReleaseService.Request(
          freeName(store, framework + "-" + year), framework, null, year, null, WHO)).release();
      stdout.printf("release %s: %d evaluation (%d data), %,d results frozen%n", r.name(), r.evaluationYear(), r.dataYear(),
          r.rowCount());
      names.add(r.name());
    }
    return names;
  }

  /** Who the main job's releases are made by. */
  static final String WHO = "ipindex run";

  private static String freeName(Store store, String base) {
    String name = base;
    for (int n = 2; store.releases().get(name).isPresent(); n++) {
      name = base + "." + n;
    }
    return name;
  }
}
