package org.ipindex.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ipindex.report.ReportFormat;
import org.ipindex.report.ReportWriter;
import org.ipindex.report.model.Lang;
import org.ipindex.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ipindex report}: the development report's quantitative chapters from releases, in Word, PDF,
 * HTML and Excel ({@link ReportWriter}).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Write the development report from releases: summary, progress of the expected indicators, "
        + "the national and the regional index, appendix; as Word, PDF, HTML and Excel.",
        "Example: ipindex report --release national-2025,regional-2025 --out out"})
final class ReportCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--release", required = true, split = ",", paramLabel = "NAME",
      description = "the release of the national index and/or of the regional index, of the same evaluation year "
          + "(see `ipindex release list`)")
  List<String> releases;

  @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en",
      description = "language of the text (default: ${DEFAULT-VALUE}); table headings are bilingual")
  String lang;

  @Option(names = "--format", defaultValue = "docx,pdf,html,xlsx", paramLabel = "FORMATS",
      description = "comma-separated: docx, pdf, html, xlsx (default: ${DEFAULT-VALUE})")
  String formats;

  @Option(names = "--out", defaultValue = "out", paramLabel = "DIR",
      description = "folder for report-<year>-<lang>.<format> (default: ${DEFAULT-VALUE})")
  Path out;

  @Override
  public Integer call() throws Exception {
    Lang language;
    try {
      language = Lang.of(lang);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--lang " + lang + ": " + e.getMessage());
    }
    var chosen = ReportFormat.parse(formats);
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--out " + out + ": is a file; name a folder");
    }
    PrintWriter stdout = spec.commandLine().getOut();
    try (Store s = StoreOptions.of(spec).open(spec.commandLine())) {
      for (Path p : ReportWriter.write(s, releases, language, chosen, out)) {
        stdout.printf(Locale.ROOT, "wrote %s (%,d KB)%n", p, (Files.size(p) + 1023) / 1024);
      }
    }
    return Main.OK;
  }
}
