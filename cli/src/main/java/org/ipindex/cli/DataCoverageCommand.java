package org.ipindex.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.ipindex.app.Bundled;
import org.ipindex.app.DataImport;
import org.ipindex.core.formula.Coverage;
import org.ipindex.core.formula.Definition;
import org.ipindex.core.formula.Derivation;
import org.ipindex.core.formula.Derived;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Panel;
import org.ipindex.io.FrameworkReader;
import org.ipindex.io.PanelReader;
import org.ipindex.io.ingest.Ingest;
import org.ipindex.io.ingest.catalogue.CatalogueView;
import org.ipindex.io.ingest.catalogue.RegionType;
import org.ipindex.io.ingest.catalogue.StoredValues;
import org.ipindex.io.ingest.derive.DefinitionsReader;
import org.ipindex.io.ingest.derive.MeasurePanels;
import org.ipindex.io.ingest.validate.JumpRule;
import org.ipindex.io.ingest.validate.Outcome;
import org.ipindex.io.ingest.validate.ValidationOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ipindex data coverage}: which indicators of a framework the data fill in a year, directly
 * (the indicator's own values) or by formula (derived from the statistics), and why the others are
 * missing. By default the bundled data: {@code data/<framework>-indicators.csv} and
 * {@code data/statistics.csv}, with the definitions {@code frameworks/<framework>.derived.csv}.
 */
@Command(name = "coverage", mixinStandardHelpOptions = true,
    description = "List which framework indicators the data fill in a year (directly or by formula) and which are missing.")
public final class DataCoverageCommand implements Callable<Integer> {
  /** The {@code data} command group; {@code coverage} is its first subcommand. */
  @Command(name = "data", mixinStandardHelpOptions = true, description = "Statistics: coverage of the frameworks by the data.",
      subcommands = {DataCoverageCommand.class})
  public static final class Data implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      spec.commandLine().usage(spec.commandLine().getOut());
    }
  }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--framework", required = true, paramLabel = "national|regional",
      description = "an official framework: national or regional")
  String framework;

  @Option(names = "--year", paramLabel = "Y", description = "data year; default: the latest with any value")
  Integer year;

  @Option(names = "--data", paramLabel = "FILE", description = "indicator values (long CSV: unit, indicator, year, value); default: the bundled ones")
  Path data;

  @Option(names = "--statistics", paramLabel = "FILE", description = "statistics (measures) in any layout ingest reads; default: data/statistics.csv")
  Path statistics;

  @Option(names = "--definitions", paramLabel = "FILE", description = "derived-indicator definitions; default: frameworks/<framework>.derived.csv")
  Path definitions;

  @Override
  public Integer call() throws IOException {
    if (!Bundled.isEvaluation(framework)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--framework must be one of " + Bundled.EVALUATIONS + ", got '" + framework + "'");
    }
    Framework f;
    try (InputStream in = Bundled.open(Bundled.frameworkPath(framework))) {
      f = FrameworkReader.read(framework + ".csv", in, framework).framework();
    }
    CatalogueView catalogue = DataImport.bundledCatalogue();
    Panel direct;
    try (InputStream in = data == null ? Bundled.open(Bundled.dataPath(framework)) : Files.newInputStream(data)) {
      direct = PanelReader.plain().read(data == null ? framework + "-indicators.csv" : data.getFileName().toString(), in).panel();
    }
    Outcome stats;
    try (InputStream in = statistics == null ? Bundled.open("data/statistics.csv") : Files.newInputStream(statistics)) {
      String name = statistics == null ? "statistics.csv" : statistics.getFileName().toString();
      stats = org.ipindex.io.ingest.validate.Validation.check(Ingest.read(name, in, null), catalogue, StoredValues.NONE,
          ValidationOptions.DEFAULT.withJumps(JumpRule.OFF));
    }
    if (stats.problems().hasErrors()) {
      throw stats.problems().toException(false);
    }
    List<Definition> defs;
    try (InputStream in = definitions == null ? Bundled.open("frameworks/" + framework + ".derived.csv")
        : Files.newInputStream(definitions)) {
      defs = DefinitionsReader.read(definitions == null ? framework + ".derived.csv" : definitions.getFileName().toString(), in,
          catalogue);
    }
    Derived derived = Derivation.derive(MeasurePanels.of(stats.rows()), defs);
    List<String> units = framework.equals("national") ? List.of("CN")
        : catalogue.regions().stream().filter(r -> r.type() == RegionType.PROVINCE).map(r -> r.code()).toList();
    int y = year != null ? year : latest(direct, derived.panel());
    Coverage c = Coverage.of(f, units, y, direct, derived, defs);
    spec.commandLine().getOut().print(render(c, data == null && statistics == null));
    return Main.OK;
  }

  private static int latest(Panel a, Panel b) {
    int best = Integer.MIN_VALUE;
    for (Panel p : List.of(a, b)) {
      for (int y = 0; y < p.yearCount(); y++) {
        int yy = y;
        boolean any = IntStream.range(0, p.seriesCount()).anyMatch(s -> IntStream.range(0, p.unitCount())
            .anyMatch(u -> !Double.isNaN(p.value(u, s, yy))));
        if (any) {
          best = Math.max(best, p.year(y));
        }
      }
    }
    return best;
  }

  /** Returns the report: a summary, then one line per indicator. */
  static String render(Coverage c, boolean bundled) {
    StringBuilder b = new StringBuilder();
    int[] n = c.counts();
    long direct = c.rows().stream().filter(r -> r.fill() == Coverage.Fill.FULL && r.direct() == c.units().size()).count();
    long formula = c.rows().stream().filter(r -> r.fill() == Coverage.Fill.FULL && r.byFormula() == c.units().size()).count();
    b.append("Coverage of the %s framework by the %s, data year %d: %d indicators, %d unit%s%n".formatted(c.framework(),
        bundled ? "bundled data" : "given data", c.year(), c.rows().size(), c.units().size(), c.units().size() == 1 ? "" : "s"));
    b.append("filled for every unit: %d (%d directly, %d by formula); partly: %d; not at all: %d%n".formatted(n[0], direct, formula,
        n[1], n[2]));
    List<String> claimedNotFilled = new ArrayList<>();
    List<String> filledNotClaimed = new ArrayList<>();
    for (Coverage.Row r : c.rows()) {
      if (r.computableStated().equals("yes") && r.fill() == Coverage.Fill.NONE) {
        claimedNotFilled.add(r.indicator());
      }
      if (r.computableStated().equals("no") && r.fill() != Coverage.Fill.NONE) {
        filledNotClaimed.add(r.indicator());
      }
    }
    long stated = c.rows().stream().filter(r -> r.computableStated().equals("yes")).count();
    b.append("the definitions call %d computable from the bundled data (in some year)".formatted(stated));
    if (bundled) {
      b.append(claimedNotFilled.isEmpty() ? "" : "; not filled in %d: %s".formatted(c.year(), String.join(", ", claimedNotFilled)));
      b.append(filledNotClaimed.isEmpty() ? "" : "; filled but not called computable: " + String.join(", ", filledNotClaimed));
    }
    b.append("%n%n".formatted());
    b.append("%-4s  %-7s  %5s  %-14s  %-10s  %s%n".formatted("code", "fill", "units", "source", "computable", "name = formula; why missing"));
    for (Coverage.Row r : c.rows()) {
      String fill = switch (r.fill()) {
        case FULL -> "full";
        case PARTIAL -> "partial";
        case NONE -> "missing";
      };
      String what = r.nameZh() + (r.formula().isEmpty() ? " (no formula)" : " = " + r.formula())
          + (r.fill() == Coverage.Fill.FULL ? "" : "; " + r.reason());
      b.append("%-4s  %-7s  %5s  %-14s  %-10s  %s%n".formatted(r.indicator(), fill, r.filled() + "/" + c.units().size(),
          r.source().isEmpty() ? "-" : r.source(), r.computableStated().isEmpty() ? "-" : r.computableStated(), what));
    }
    return b.toString();
  }
}
