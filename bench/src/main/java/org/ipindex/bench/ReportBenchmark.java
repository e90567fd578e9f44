package org.ipindex.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.ipindex.app.ReleaseService;
import org.ipindex.report.ReportFormat;
import org.ipindex.report.ReportWriter;
import org.ipindex.report.compose.Composer;
import org.ipindex.report.demo.SyntheticReleases;
import org.ipindex.report.model.Document;
import org.ipindex.report.model.Lang;
import org.ipindex.report.source.ReportSources;
import org.ipindex.store.Store;

/**
 * The full development report in four formats from a synthetic 31-province × 10-year release pair
 * (seeded, every indicator of both frameworks; {@link SyntheticReleases}), timed by wall clock and
 * process CPU. The baseline in the same run is the evaluation alone: both releases evaluated again
 * from what they froze and checked against their stored results ({@code ReleaseService.reproduce}),
 * which is also the report's first step. The first report run is cold (this JVM has not rendered
 * anything yet); then {@code RUNS} more runs, and the formats one by one on the last document.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.ipindex.bench.ReportBenchmark [RUNS] [STORE_DIR]</pre>
 *
 * With STORE_DIR the synthetic store is kept there (an existing one is reused), so that the command
 * line can be timed on it: {@code ipindex --home STORE_DIR report --release
 * national-synthetic-2025,regional-synthetic-2025}.
 */
public final class ReportBenchmark {
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private ReportBenchmark() {}

  public static void main(String[] args) throws IOException {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("ipindex-report-bench");
    Path out = Files.createTempDirectory("ipindex-report-out");
    System.out.printf(Locale.ROOT, "%d processors, load average %.2f, java %s%n",
        Runtime.getRuntime().availableProcessors(), OS.getSystemLoadAverage(), System.getProperty("java.version"));
    try (Store store = Store.open(dir)) {
      List<String> names = List.of("national-synthetic-2025", "regional-synthetic-2025");
      if (store.releases().get(names.get(1)).isEmpty()) {
        long t0 = System.nanoTime();
        SyntheticReleases.create(store, 10, 2024, 20241);
        System.out.printf(Locale.ROOT, "synthetic store: 31 provinces × 82 indicators + CN × 80 indicators, "
            + "2015–2024, two releases, in %.1f s (%s)%n", (System.nanoTime() - t0) / 1e9, dir);
      }
      double[] first = time(() -> ReportWriter.write(store, names, Lang.ZH, EnumSet.allOf(ReportFormat.class), out));
      System.out.printf(Locale.ROOT, "%-44s %8.0f ms wall %8.0f ms CPU%n", "report, 4 formats, first (cold) run",
          first[0], first[1]);
      double[][] baseline = new double[runs][];
      double[][] report = new double[runs][];
      for (int i = 0; i < runs; i++) {
        baseline[i] = time(() -> {
          names.forEach(n -> ReleaseService.reproduce(store, n));
          return null;
        });
        report[i] = time(() -> ReportWriter.write(store, names, Lang.ZH, EnumSet.allOf(ReportFormat.class), out));
      }
      print("baseline: evaluate both releases again", baseline);
      print("report, 4 formats (load, build, render)", report);
      Document doc = Composer.compose(ReportSources.load(store, names), Lang.ZH);
      for (ReportFormat f : ReportFormat.values()) {
        double[] t = time(() -> {
          ReportWriter.render(doc, f, new ByteArrayOutputStream());
          return null;
        });
        System.out.printf(Locale.ROOT, "  %-42s %8.0f ms wall %8.0f ms CPU%n", f.extension() + " alone (warm)", t[0], t[1]);
      }
      for (Path p : Files.list(out).sorted().toList()) {
        System.out.printf(Locale.ROOT, "  %s %,d bytes%n", p.getFileName(), Files.size(p));
      }
    }
    System.out.printf(Locale.ROOT, "load average at the end %.2f%n", OS.getSystemLoadAverage());
  }

  private interface Work {
    Object run() throws IOException;
  }

  private static double[] time(Work w) throws IOException {
    long c0 = OS.getProcessCpuTime();
    long t0 = System.nanoTime();
    w.run();
    return new double[] {(System.nanoTime() - t0) / 1e6, (OS.getProcessCpuTime() - c0) / 1e6};
  }

  private static void print(String name, double[][] runs) {
    double[] wall = Arrays.stream(runs).mapToDouble(r -> r[0]).sorted().toArray();
    double[] cpu = Arrays.stream(runs).mapToDouble(r -> r[1]).sorted().toArray();
    System.out.printf(Locale.ROOT, "%-44s %8.0f ms wall (min %.0f, max %.0f) %8.0f ms CPU, median of %d%n", name,
        wall[wall.length / 2], wall[0], wall[wall.length - 1], cpu[cpu.length / 2], runs.length);
  }
}
