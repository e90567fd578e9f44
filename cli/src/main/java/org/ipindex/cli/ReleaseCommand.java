package org.ipindex.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.ipindex.app.ReleaseService;
import org.ipindex.store.Release;
import org.ipindex.store.ReleaseRow;
import org.ipindex.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ipindex release}: freeze an evaluation (data as of now, framework, recipe, results); list and show releases. */
@Command(name = "release", mixinStandardHelpOptions = true,
    description = "Releases: an evaluation frozen with its data, framework, recipe and results; immutable.",
    subcommands = {ReleaseCommand.Create.class, ReleaseCommand.ListReleases.class, ReleaseCommand.Show.class})
final class ReleaseCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code ipindex release create NAME --year Y}. */
  @Command(name = "create", mixinStandardHelpOptions = true,
      description = "Evaluate on the store's data as of now and store the release (it can never be changed).")
  static final class Create implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "release name, e.g. regional-2024")
    String name;

    @Option(names = "--year", required = true, paramLabel = "Y", description = "evaluation year")
    int year;

    @Option(names = "--framework", paramLabel = "FILE|national|regional", defaultValue = "regional",
        description = "framework (default: ${DEFAULT-VALUE})")
    String framework;

    @Option(names = "--recipe", paramLabel = "FILE", description = "recipe; default: the official one")
    Path recipe;

    @Option(names = {"-r", "--region"}, paramLabel = "REGION", split = ",",
        description = "regions to evaluate; default: every region with values of the framework's indicators")
    List<String> regions;

    @Option(names = "--by", paramLabel = "WHO", description = "who creates it (default: the user name)")
    String by;

    @Override
    public Integer call() throws Exception {
      try (Store s = StoreOptions.of(spec).open(spec.commandLine())) {
        ReleaseService.Check c = ReleaseService.create(s, new ReleaseService.Request(name, framework, recipe, year, regions,
            by != null ? by : System.getProperty("user.name", "unknown")));
        PrintWriter out = spec.commandLine().getOut();
        out.print(EvaluationText.render(c.evaluation()));
        out.println();
        describe(out, c.release());
      }
      return Main.OK;
    }
  }

  /** {@code ipindex release list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the releases.")
  static final class ListReleases implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      try (Store s = StoreOptions.of(spec).open(spec.commandLine())) {
        PrintWriter out = spec.commandLine().getOut();
        List<Release> all = s.releases().list();
        if (all.isEmpty()) {
          out.println("no releases yet; create one with `ipindex release create NAME --year Y`");
        }
        for (Release r : all) {
          out.printf("%-24s %d evaluation (%d data) · %s · %s · as of %s · by %s%n", r.name(), r.evaluationYear(),
              r.dataYear(),
              r.frameworkName(), r.recipeName(), StoreText.instant(r.asOf()), r.createdBy());
        }
      }
      return Main.OK;
    }
  }

  /** {@code ipindex release show NAME}. */
  @Command(name = "show", mixinStandardHelpOptions = true, description = "Show a release: what it froze and its index scores.")
  static final class Show implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      try (Store s = StoreOptions.of(spec).open(spec.commandLine())) {
        Release r = s.releases().require(name);
        PrintWriter out = spec.commandLine().getOut();
        describe(out, r);
        String root = ReleaseService.rootCode(r);
        out.printf("%n%s %d (data year %d):%n", root, r.evaluationYear(), r.dataYear());
        out.printf("  %-4s %-7s %s %12s %10s %9s%n", "rank", "unit", StoreText.pad("", 10), "score", "change", "coverage");
        s.releases().results(name).stream()
            .filter(x -> x.code().equals(root) && x.year() == r.dataYear())
            .sorted(Comparator.comparingDouble(ReleaseRow::rank).thenComparing(ReleaseRow::unit))
            .forEach(x -> out.printf("  %-4s %-7s %s %12.2f %10s %8.0f%%%n", StoreText.number(x.rank()), x.unit(),
                StoreText.pad(s.catalogue().region(x.unit()).map(org.ipindex.store.Region::nameZh).orElse(""), 10), x.score(),
                Double.isNaN(x.change()) ? "—" : String.format(java.util.Locale.ROOT, "%+.2f", x.change()),
                100 * x.coverage()));
      }
      return Main.OK;
    }
  }

  static void describe(PrintWriter out, Release r) {
    out.printf("release %s: %d evaluation (%d data), framework %s, recipe %s%n", r.name(), r.evaluationYear(), r.dataYear(),
        r.frameworkName(), r.recipeName());
    out.printf("  data as of %s; %d measures × %d regions; %d results; created %s by %s%n", StoreText.instant(r.asOf()),
        r.measures().size(), r.regions().size(), r.rowCount(), StoreText.instant(r.createdAt()), r.createdBy());
    out.printf("  sha256 %s; immutable: `ipindex evaluate --release %s` reproduces it bit for bit%n", r.contentSha256(),
        r.name());
  }
}
