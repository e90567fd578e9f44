package org.ipindex.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipindex.core.aggregate.Aggregators;
import org.ipindex.core.build.Steps;
import org.ipindex.core.impute.Imputers;
import org.ipindex.core.normalise.Normalisers;
import org.ipindex.core.treat.Treaters;
import org.ipindex.core.weight.Weighters;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Lists the step verbs and the method names a recipe may use. */
@Command(name = "methods", description = "List the steps and method names a recipe may use.")
final class MethodsCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    Map<String, List<String>> catalogue = new LinkedHashMap<>();
    catalogue.put("denominate", List.of("framework", "ratio"));
    catalogue.put("impute", Imputers.names());
    catalogue.put("treat", Treaters.names());
    catalogue.put("normalise", Normalisers.names());
    catalogue.put("weight", Weighters.names());
    catalogue.put("aggregate", Aggregators.names());
    var out = spec.commandLine().getOut();
    for (String verb : Steps.VERBS) {
      out.printf("%-11s %s%n", verb, String.join(", ", catalogue.get(verb)));
    }
    out.println();
    out.println("normalise bounds: per_year, pooled, reference_year:YEAR, fixed");
  }
}
