package org.ipindex.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ipindex.app.Evaluation;
import org.ipindex.app.EvaluationRequest;
import org.ipindex.app.Evaluator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ipindex evaluate}: one evaluation from a framework, data and a recipe. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Evaluate an index: scores, ranks, changes, coverage and group statistics.")
final class EvaluateCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--framework", paramLabel = "FILE|national|regional",
      description = "framework CSV (ours or COINr iMeta), or an official one: national, regional")
  String framework;

  @Option(names = "--release", paramLabel = "NAME",
      description = "re-evaluate a release from its frozen framework, recipe and data, and compare with its stored results")
  String release;



  @Option(names = "--data", paramLabel = "FILE",
      description = "data: long CSV (unit, indicator, year, value) or COINr iData; default: the bundled data")
  Path data;

  @Option(names = "--recipe", paramLabel = "FILE", description = "recipe YAML or JSON; default: the official one")
  Path recipe;

  @Option(names = "--year", paramLabel = "Y", description = "evaluation year; default: the latest with data")
  Integer year;

  @Option(names = "--group-by", paramLabel = "COLUMN",
      description = "group statistics by area, strategic_region, or a grouping column of the data")
  String groupBy;

  @Option(names = "--unit", paramLabel = "UNIT",
      description = "also show one unit's profile: scores, ranks, changes, strengths, weaknesses, drivers of change")
  String unit;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table, csv, json or xlsx (default: from --out, else table)")
  String format;

  @Option(names = "--out", paramLabel = "PATH", description = "write to this file instead of the terminal")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (release != null) {
      return ReleaseCheckText.evaluate(spec.commandLine(), StoreOptions.of(spec), release,
          framework != null || data != null || recipe != null || year != null || groupBy != null);
    }
    if (framework == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Missing required option: '--framework=FILE|national|regional' (or --release NAME)");
    }
    String f = Outputs.format(format, out);
    Evaluation e = Evaluator.bundled().evaluate(new EvaluationRequest(framework, data, recipe, year, groupBy));
    String text = EvaluationText.render(e);
    if (unit != null) {
      text += "\n" + UnitText.render(e, unitCode(e, unit));
    }
    var stdout = spec.commandLine().getOut();
    if (out == null && f.equals("table")) {
      stdout.print(text);
    } else if (out == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format " + f + " needs --out FILE");
    } else {
      Outputs.write(e.results(), f, out, text);
      stdout.print(EvaluationText.coverage(e.coverage(), e.results().framework()));
      stdout.println("wrote " + out);
    }
    return Main.OK;
  }

  private String unitCode(Evaluation e, String asked) {
    if (e.results().units().contains(asked)) {
      return asked;
    }
    return org.ipindex.app.Regions.bundled().resolve(asked).filter(e.results().units()::contains)
        .orElseThrow(() -> org.ipindex.core.model.DataException.of(org.ipindex.core.model.ProblemCode.UNKNOWN_UNIT,
            "--unit " + asked, "no such unit in the data; units are " + e.results().units()));
  }
}
