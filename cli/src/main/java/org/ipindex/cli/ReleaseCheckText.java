package org.ipindex.cli;

import java.io.PrintWriter;
import org.ipindex.app.ReleaseService;
import org.ipindex.store.Store;
import picocli.CommandLine;

/** {@code ipindex evaluate --release NAME}: evaluates a release again and says whether it reproduced exactly. */
final class ReleaseCheckText {
  private ReleaseCheckText() {}

  static int evaluate(CommandLine cli, StoreOptions options, String name, boolean otherInputs) {
    if (otherInputs) {
      throw new CommandLine.ParameterException(cli, "--release takes the framework, recipe, data and year from the release; "
          + "leave out --framework, --data, --recipe, --year and --group-by");
    }
    try (Store store = options.open(cli)) {
      ReleaseService.Check c = ReleaseService.reproduce(store, name);
      PrintWriter out = cli.getOut();
      out.print(EvaluationText.render(c.evaluation()));
      out.println();
      if (c.reproduced()) {
        out.printf("release %s: reproduced exactly (%d results, bit for bit, from the data as of %s)%n", name,
            c.release().rowCount(), StoreText.instant(c.release().asOf()));
        return Main.OK;
      }
      out.printf("release %s: NOT reproduced: %d of %d results differ:%n", name, c.differences().size(), c.release().rowCount());
      c.differences().forEach(d -> out.println("  " + d));
      return Main.BUG;
    }
  }
}
