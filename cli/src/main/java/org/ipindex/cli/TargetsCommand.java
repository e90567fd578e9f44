package org.ipindex.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ipindex.app.TargetsAssessment;
import org.ipindex.core.target.ProgressTable;
import org.ipindex.io.AtomicFiles;
import org.ipindex.io.targets.TargetsCsvWriter;
import org.ipindex.io.targets.TargetsJsonWriter;
import org.ipindex.io.targets.TargetsXlsxWriter;
import org.ipindex.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ipindex targets}: progress toward plan targets, as table 1 of the report's chapter 1 with the judgments. */
@Command(name = "targets", mixinStandardHelpOptions = true,
    description = "Judge progress toward plan targets: status, ratio R, growth actual vs required, projections and "
        + "the sentence a report prints (Chinese and English). With --home or --db the target sets are read from "
        + "the store (a new store gets the bundled sets); otherwise from the bundled files or --targets.")
final class TargetsCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--set", paramLabel = "NAME",
      description = "target set: expected_2025 (default), annual_2024, or a set of your --targets files")
  String set;

  @Option(names = "--year", paramLabel = "Y", description = "use data up to this year; default: the latest with data")
  Integer year;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "table, csv, json or xlsx (default: from --out, else table); xlsx needs --out")
  String format;

  @Option(names = "--out", paramLabel = "PATH", description = "write to this file instead of the terminal")
  Path out;

  @Option(names = "--targets", paramLabel = "FILE",
      description = "target file(s) (set, code, name_zh, baseline_year, target_year …); default: the store's sets "
          + "with --home/--db, else the bundled ones")
  List<Path> targetFiles = new ArrayList<>();

  @Option(names = "--observed", paramLabel = "FILE",
      description = "observed values (indicator, year, value, source); default: the bundled ones")
  Path observed;

  @Override
  public Integer call() throws Exception {
    String f = Outputs.format(format, out);
    StoreOptions store = StoreOptions.of(spec);
    ProgressTable table;
    if (targetFiles.isEmpty() && (store.home != null || store.db != null)) {
      try (Store s = store.open(spec.commandLine())) {
        table = TargetsAssessment.fromStore(s, observed).assess(set, year);
      }
    } else {
      table = TargetsAssessment.read(targetFiles, observed).assess(set, year);
    }
    var stdout = spec.commandLine().getOut();
    if (out == null) {
      switch (f) {
        case "csv" -> TargetsCsvWriter.write(table, stdout);
        case "json" -> {
          ByteArrayOutputStream bytes = new ByteArrayOutputStream();
          TargetsJsonWriter.write(table, bytes);
          stdout.println(bytes.toString(StandardCharsets.UTF_8));
        }
        case "xlsx" -> throw new CommandLine.ParameterException(spec.commandLine(), "--format xlsx needs --out FILE");
        default -> stdout.print(TargetsText.render(table));
      }
      stdout.flush();
      return Main.OK;
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    switch (f) {
      case "csv" -> TargetsCsvWriter.write(table, out, true);
      case "json" -> TargetsJsonWriter.write(table, out);
      case "xlsx" -> TargetsXlsxWriter.write(table, out);
      default -> AtomicFiles.writeString(out, TargetsText.render(table));
    }
    stdout.println("wrote " + out);
    return Main.OK;
  }
}
