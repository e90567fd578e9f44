package org.ipindex.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Panel;
import org.ipindex.core.model.ProblemCode;
import org.ipindex.store.Batch;
import org.ipindex.store.Measure;
import org.ipindex.store.Region;
import org.ipindex.store.Revision;
import org.ipindex.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ipindex data}: what the statistics store holds, and the history of any value. */
@Command(name = "data", mixinStandardHelpOptions = true,
    description = "The statistics store: values (as of any moment or release), their history, batches, regions, measures.",
    subcommands = {DataCommand.Show.class, DataCommand.History.class, DataCommand.Batches.class,
        DataCommand.Regions.class, DataCommand.Measures.class, DataCoverageCommand.class})
final class DataCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code ipindex data show}: values of measures for regions and years, current or as of a moment or release. */
  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "Show stored values: one table per measure, regions × years (current values unless --as-of or --release).")
  static final class Show implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-m", "--measure"}, paramLabel = "CODE", split = ",", required = true,
        description = "measure codes (see `ipindex data measures`)")
    List<String> measures;

    @Option(names = {"-r", "--region"}, paramLabel = "REGION", split = ",",
        description = "regions, any spelling (广东, 广东省, Guangdong, 44); default: all with values")
    List<String> regions;

    @Option(names = {"-y", "--year"}, paramLabel = "YEAR", split = ",", description = "years; default: all with values")
    List<Integer> years;

    @Option(names = "--as-of", paramLabel = "WHEN", description = "values as they were then: 2025-03-01 or 2025-03-01T08:00:00Z")
    String asOf;

    @Option(names = "--release", paramLabel = "NAME", description = "values as the release froze them")
    String release;

    @Override
    public Integer call() {
      CommandLine cli = spec.commandLine();
      if (asOf != null && release != null) {
        throw new CommandLine.ParameterException(cli, "give --as-of or --release, not both");
      }
      try (Store s = StoreOptions.of(spec).open(cli)) {
        for (String m : measures) {
          if (s.catalogue().measure(m).isEmpty()) {
            throw DataException.of(ProblemCode.UNKNOWN_INDICATOR, "--measure " + m,
                "unknown measure; `ipindex data measures` lists them");
          }
        }
        Instant moment = release != null ? s.releases().require(release).asOf()
            : asOf != null ? StoreText.asOf(cli, asOf) : Instant.MAX;
        int[] yearArray = years == null ? null : years.stream().mapToInt(Integer::intValue).toArray();
        Panel p = s.observations().asOf(moment, measures, regions, yearArray);
        PrintWriter out = cli.getOut();
        out.println(release != null ? "as of release " + release + " (" + StoreText.instant(moment) + ")"
            : asOf != null ? "as of " + StoreText.instant(moment) : "current values");
        for (String m : p.series()) {
          Measure measure = s.catalogue().measure(m).orElseThrow();
          out.printf("%n%s — %s (%s, %s, %s)%n", m, measure.nameZh(), measure.unit(),
              measure.kind().name().toLowerCase(java.util.Locale.ROOT), measure.sourceAgency());
          StringBuilder header = new StringBuilder(String.format("%-7s %s", "region", StoreText.pad("", 18)));
          for (int y : p.years()) {
            header.append(String.format(" %14d", y));
          }
          out.println(header);
          int si = p.seriesIndex(m);
          for (int u = 0; u < p.unitCount(); u++) {
            StringBuilder line = new StringBuilder(String.format("%-7s %s", p.units().get(u),
                StoreText.pad(p.unitName(p.units().get(u)), 18)));
            boolean any = false;
            for (int y = 0; y < p.yearCount(); y++) {
              double v = p.value(u, si, y);
              any |= !Double.isNaN(v);
              line.append(String.format(" %14s", StoreText.number(v)));
            }
            if (any) {
              out.println(line);
            }
          }
        }
      }
      return Main.OK;
    }
  }

  /** {@code ipindex data history}: every revision of one value. */
  @Command(name = "history", mixinStandardHelpOptions = true, description = "List every revision of one stored value.")
  static final class History implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MEASURE")
    String measure;

    @Parameters(index = "1", paramLabel = "REGION", description = "any spelling: 广东, 广东省, Guangdong, 44, 440000")
    String region;

    @Parameters(index = "2", paramLabel = "YEAR")
    int year;

    @Override
    public Integer call() {
      try (Store s = StoreOptions.of(spec).open(spec.commandLine())) {
        if (s.catalogue().measure(measure).isEmpty()) {
          throw DataException.of(ProblemCode.UNKNOWN_INDICATOR, "measure " + measure,
              "unknown measure; `ipindex data measures` lists them");
        }
        List<Revision> history = s.observations().history(measure, region, year);
        PrintWriter out = spec.commandLine().getOut();
        String code = s.catalogue().require(region);
        out.printf("%s %s (%s) %d: %d revision%s%n", measure, code, s.catalogue().region(code).map(Region::nameZh).orElse(code),
            year, history.size(), history.size() == 1 ? "" : "s");
        for (Revision r : history) {
          out.printf("  %d  %s  %s  batch %d by %s%s%s%s%n", r.revision(), StoreText.number(r.value()),
              StoreText.instant(r.recordedAt()), r.batchId(), r.who(), r.fileName() == null ? "" : " from " + r.fileName(),
              r.sourceDocument() == null ? "" : " (" + r.sourceDocument() + ")",
              r.reason() == null ? "" : " — reason: " + r.reason());
        }
      }
      return Main.OK;
    }
  }

  /** {@code ipindex data batches}: every import and revise. */
  @Command(name = "batches", mixinStandardHelpOptions = true, description = "List every batch: imports and revisions.")
  static final class Batches implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      try (Store s = StoreOptions.of(spec).open(spec.commandLine())) {
        PrintWriter out = spec.commandLine().getOut();
        for (Batch b : s.batches().list()) {
          out.printf("%4d  %-6s  %s  %s  %s: %d new, %d changed, %d unchanged%s%n", b.id(), b.kind(),
              StoreText.instant(b.recordedAt()),
              b.info().who(), b.info().fileName() == null ? "(no file)" : b.info().fileName(), b.summary().added(),
              b.summary().revised(), b.summary().unchanged(), b.reason() == null ? "" : " — reason: " + b.reason());
        }
      }
      return Main.OK;
    }
  }

  /** {@code ipindex data regions}: the regions and how they may be written. */
  @Command(name = "regions", mixinStandardHelpOptions = true, description = "List the regions: code, names, type, parent.")
  static final class Regions implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      try (Store s = StoreOptions.of(spec).open(spec.commandLine())) {
        PrintWriter out = spec.commandLine().getOut();
        for (Region r : s.catalogue().regions()) {
          out.println(String.format("%-7s %s %s %-42s %-9s %s", r.code(), StoreText.pad(r.nameZh(), 18),
              StoreText.pad(r.fullNameZh(), 18), r.nameEn(), r.type().name().toLowerCase(java.util.Locale.ROOT),
              r.parent() == null ? "" : "in " + r.parent()).stripTrailing());
        }
      }
      return Main.OK;
    }
  }

  /** {@code ipindex data measures}: the measures of the catalogue. */
  @Command(name = "measures", mixinStandardHelpOptions = true, description = "List the measures: code, name, unit, kind, source.")
  static final class Measures implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      try (Store s = StoreOptions.of(spec).open(spec.commandLine())) {
        PrintWriter out = spec.commandLine().getOut();
        for (Measure m : s.catalogue().measures()) {
          out.printf("%-34s %s · %s · %s · %s · %s%n", m.code(), m.nameZh(), m.nameEn(), m.unit(),
              m.kind().name().toLowerCase(java.util.Locale.ROOT), m.sourceAgency());
        }
      }
      return Main.OK;
    }
  }
}
