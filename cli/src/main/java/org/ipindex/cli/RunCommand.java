package org.ipindex.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ipindex.app.Bundled;
import org.ipindex.app.Evaluation;
import org.ipindex.app.EvaluationRequest;
import org.ipindex.app.Evaluator;
import org.ipindex.app.Regions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ipindex run}: the main job on the bundled data — both official evaluations, written to a folder. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Evaluate the national and the regional index on the bundled data and write the results.")
final class RunCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "out", description = "output folder (default: ${DEFAULT-VALUE})")
  Path out;

  @Override
  public Integer call() throws Exception {
    var stdout = spec.commandLine().getOut();
    Evaluator evaluator = Evaluator.bundled();
    for (String name : Bundled.EVALUATIONS) {
      String groupBy = name.equals("regional") ? Regions.AREA : null;
      Evaluation e = evaluator.evaluate(new EvaluationRequest(name, null, null, null, groupBy));
      String text = EvaluationText.render(e);
      stdout.println("=".repeat(100));
      stdout.print(text);
      for (String format : new String[] {"csv", "json", "xlsx"}) {
        Outputs.write(e.results(), format, out.resolve(name + "." + format), text);
      }
      Outputs.write(e.results(), "table", out.resolve(name + ".txt"), text);
      stdout.printf("wrote %s/%s.{csv,json,xlsx,txt}%n", out, name);
    }
    return Main.OK;
  }
}
