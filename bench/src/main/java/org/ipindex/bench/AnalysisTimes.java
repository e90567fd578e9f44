package org.ipindex.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The analyses of {@link AnalysisBenchmark} timed by wall clock and by the CPU time of the whole
 * process (every thread), for a machine shared with other work: on a busy machine the wall time
 * grows while the CPU time barely moves, and CPU time / processors is the wall time the analysis takes
 * when it has the processors to itself. Each analysis runs 3 times to warm up, then 7 times.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.ipindex.bench.AnalysisTimes</pre>
 */
public final class AnalysisTimes {
  private AnalysisTimes() {}

  public static void main(String[] args) throws IOException {
    AnalysisBenchmark b = new AnalysisBenchmark();
    b.setUp();
    int processors = Runtime.getRuntime().availableProcessors();
    System.out.printf(Locale.ROOT, "%d processors, load average %.2f%n", processors,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    System.out.printf(Locale.ROOT, "%-26s %12s %12s %12s %14s%n", "analysis", "wall min", "wall median", "CPU median",
        "CPU/processors");
    time("nominalRegional ×100", () -> {
      for (int i = 0; i < 100; i++) {
        b.nominalRegional();
      }
      return null;
    }, processors);
    time("uncertainty1kFullReplay", b::uncertainty1kFullReplay, processors);
    time("uncertainty10k", b::uncertainty10k, processors);
    time("sensitivityN1000d6", b::sensitivityN1000d6, processors);
    time("coinr09Uncertainty", b::coinr09Uncertainty, processors);
    time("coinr09Sensitivity", b::coinr09Sensitivity, processors);
    System.out.printf(Locale.ROOT, "load average at the end %.2f%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static void time(String name, Supplier<Object> work, int processors) {
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int i = 0; i < 3; i++) {
      work.get();
    }
    double[] wall = new double[7];
    double[] cpu = new double[7];
    for (int i = 0; i < wall.length; i++) {
      long c0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      work.get();
      wall[i] = (System.nanoTime() - t0) / 1e6;
      cpu[i] = (os.getProcessCpuTime() - c0) / 1e6;
    }
    Arrays.sort(wall);
    Arrays.sort(cpu);
    System.out.printf(Locale.ROOT, "%-26s %9.0f ms %9.0f ms %9.0f ms %11.0f ms%n", name, wall[0], wall[3], cpu[3],
        cpu[3] / processors);
  }
}
