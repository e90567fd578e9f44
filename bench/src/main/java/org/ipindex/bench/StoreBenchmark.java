package org.ipindex.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.ipindex.core.model.Panel;
import org.ipindex.store.BatchInfo;
import org.ipindex.store.Measure;
import org.ipindex.store.ObservationInput;
import org.ipindex.store.Region;
import org.ipindex.store.RevisePolicy;
import org.ipindex.store.Store;
import org.ipindex.store.WriteSummary;

/**
 * Times the store's write path and its as-of reads (a main, not JMH: one import of a million rows
 * is a single long operation). Results go to BENCHMARKS.md.
 *
 * <pre>
 * mvn -q -B -DskipTests -pl bench -am package
 * java -cp bench/target/benchmarks.jar org.ipindex.bench.StoreBenchmark [ROWS] [POSTGRESQL_JDBC_URL]
 * </pre>
 *
 * <p>The rows: 500 measures × 50 regions (the provinces, 台港澳, the sub-provincial cities and the
 * Corps) × 40 years = 1,000,000 values, already parsed ({@link ObservationInput}), so the times are
 * those of the store alone: region resolution, checks, the transaction, the appender or COPY, the
 * comparison with stored values, the batch record and the commit.
 */
public final class StoreBenchmark {
  private static final int MEASURES = 500;
  private static final int FIRST_YEAR = 1985;

  private StoreBenchmark() {}

  public static void main(String[] args) throws IOException {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    System.out.printf(Locale.ROOT, "store benchmark: %,d rows, Java %s, %d cores%n", rows,
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
    Path root = Files.createTempDirectory("ipindex-store-bench");
    List<Double> firstImports = new ArrayList<>();
    Store last = null;
    for (int run = 0; run < 3; run++) {
      if (last != null) {
        last.close();
      }
      last = Store.open(root.resolve("run-" + run));
      List<ObservationInput> data = rows(last, rows, 0);
      firstImports.add(timeWrite(last, data, RevisePolicy.REFUSE, "DuckDB first import (run " + (run + 1) + ")"));
    }
    report("DuckDB first import", rows, firstImports);
    try (Store store = Store.open(root.resolve("csv"))) {
      csvImport(store, root.resolve("long.csv"), rows);
    }
    try (Store store = last) {
      secondAndRevise(store, rows, "DuckDB");
    }
    try (Store store = Store.open(root.resolve("panel"))) {
      panelOfTheIndex(store);
    }
    if (args.length > 1) {
      try (Store pg = Store.open(args[1])) {
        List<ObservationInput> data = rows(pg, rows, 0);
        timeWrite(pg, data, RevisePolicy.REFUSE, "PostgreSQL first import");
        secondAndRevise(pg, rows, "PostgreSQL");
      }
    }
    try (var files = Files.walk(root)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static void secondAndRevise(Store store, int rows, String name) {
    List<ObservationInput> same = rows(store, rows, 0);
    timeWrite(store, same, RevisePolicy.REFUSE, name + " same file again (all unchanged)");
    Instant beforeRevision = store.nextInstant();
    List<ObservationInput> changed = rows(store, rows, 0.5);
    timeWrite(store, changed, RevisePolicy.revise("benchmark"), name + " every value revised");

    List<String> measures = IntStream.range(0, 82).mapToObj(StoreBenchmark::measureCode).toList();
    List<String> provinces = store.catalogue().regions(Region.Type.PROVINCE).stream().map(Region::code).toList();
    int[] years = IntStream.rangeClosed(2015, 2024).toArray();
    for (Instant at : new Instant[] {beforeRevision, Instant.MAX}) {
      String label = at == Instant.MAX ? "current" : "as of before the revision";
      double[] ms = new double[25];
      Panel p = null;
      for (int i = 0; i < 5 + ms.length; i++) {
        long t0 = System.nanoTime();
        p = store.observations().asOf(at, measures, provinces, years);
        if (i >= 5) {
          ms[i - 5] = (System.nanoTime() - t0) / 1e6;
        }
      }
      Arrays.sort(ms);
      System.out.printf(Locale.ROOT, "%s panel %s (82 measures × 31 provinces × 10 years, %d values, store of %,d revisions): "
              + "median %.1f ms, min %.1f ms, max %.1f ms%n", name, label, p.presentCount(), store.observations().revisionCount(),
          ms[ms.length / 2], ms[0], ms[ms.length - 1]);
    }
  }

  /**
   * A long CSV file ({@code unit, indicator, year, value, unit_of_measure}) parsed with Commons CSV,
   * every year and value checked, then stored: what an import costs end to end with a plain parser
   * (the ingest package's validation may do more).
   */
  private static void csvImport(Store store, Path file, int n) throws IOException {
    List<ObservationInput> rows = rows(store, n, 0);
    try (var w = Files.newBufferedWriter(file)) {
      w.write("unit,indicator,year,value,unit_of_measure\n");
      for (ObservationInput r : rows) {
        w.write(r.region() + "," + r.measure() + "," + r.year() + "," + r.value() + "," + r.unit() + "\n");
      }
    }
    long t0 = System.nanoTime();
    List<ObservationInput> parsed = new ArrayList<>(n);
    List<String> problems = new ArrayList<>();
    try (var reader = Files.newBufferedReader(file);
        var csv = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
      for (var record : csv) {
        try {
          int year = Integer.parseInt(record.get(2).trim());
          double value = Double.parseDouble(record.get(3).trim());
          if (!Double.isFinite(value)) {
            problems.add("row " + record.getRecordNumber() + ": value not finite");
          }
          parsed.add(new ObservationInput(record.get(1).trim(), record.get(0).trim(), year, value, record.get(4), null));
        } catch (NumberFormatException e) {
          problems.add("row " + record.getRecordNumber() + ": " + e.getMessage());
        }
      }
    }
    long t1 = System.nanoTime();
    if (!problems.isEmpty()) {
      throw new IllegalStateException(problems.toString());
    }
    WriteSummary s = store.observations().write(new BatchInfo("bench", file.getFileName().toString(), null, null), parsed,
        RevisePolicy.REFUSE);
    long t2 = System.nanoTime();
    System.out.printf(Locale.ROOT, "DuckDB CSV import end to end: parse %.2f s + store %.2f s = %.2f s, %,.0f rows/s (%s)%n",
        (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t2 - t0) / 1e9, n / ((t2 - t0) / 1e9), s);
  }

  /**
   * The panel of the regional index as a store holds it: the bundled statistics, 82 indicators × 31
   * provinces × 10 years, then a tenth of them revised; read as of before the revision and now.
   */
  private static void panelOfTheIndex(Store store) {
    org.ipindex.store.BundledData.load(store);
    List<String> provinces = store.catalogue().regions(Region.Type.PROVINCE).stream().map(Region::code).toList();
    List<String> indicators = IntStream.rangeClosed(1, 82).mapToObj(i -> String.format(Locale.ROOT, "ind_R%02d", i)).toList();
    for (String code : indicators) {
      store.catalogue().addMeasure(new Measure(code, "指标" + code, "Indicator " + code, "件", Measure.Kind.FLOW, "bench", ""));
    }
    int[] years = IntStream.rangeClosed(2015, 2024).toArray();
    List<ObservationInput> values = new ArrayList<>();
    List<ObservationInput> revised = new ArrayList<>();
    for (String m : indicators) {
      for (String p : provinces) {
        for (int y : years) {
          double v = 100 + values.size() * 0.01;
          values.add(new ObservationInput(m, p, y, v, "件", null));
          if (values.size() % 10 == 0) {
            revised.add(new ObservationInput(m, p, y, v + 1, "件", null));
          }
        }
      }
    }
    store.observations().write(new BatchInfo("bench", "panel.csv", null, null), values, RevisePolicy.REFUSE);
    Instant before = store.nextInstant();
    store.observations().write(new BatchInfo("bench", "erratum.csv", null, null), revised, RevisePolicy.revise("benchmark"));
    for (Instant at : new Instant[] {before, Instant.MAX}) {
      double[] ms = new double[25];
      Panel p = null;
      for (int i = 0; i < 30 + ms.length; i++) {
        long t0 = System.nanoTime();
        p = store.observations().asOf(at, indicators, provinces, years);
        if (i >= 30) {
          ms[i - 30] = (System.nanoTime() - t0) / 1e6;
        }
      }
      Arrays.sort(ms);
      System.out.printf(Locale.ROOT, "DuckDB panel of the index %s (82 × 31 × 10, %d values; store of %,d revisions, "
              + "bundled data included): median %.1f ms, min %.1f ms, max %.1f ms%n",
          at == Instant.MAX ? "current" : "as of before a revision of 10 %", p.presentCount(),
          store.observations().revisionCount(), ms[ms.length / 2], ms[0], ms[ms.length - 1]);
    }
  }

  private static double timeWrite(Store store, List<ObservationInput> data, RevisePolicy policy, String label) {
    long t0 = System.nanoTime();
    WriteSummary s = store.observations().write(new BatchInfo("bench", "bench.csv", null, null), data, policy);
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "%s: %.2f s, %,.0f rows/s (%s)%n", label, seconds, data.size() / seconds, s);
    return seconds;
  }

  private static void report(String label, int rows, List<Double> seconds) {
    double best = seconds.stream().min(Comparator.naturalOrder()).orElseThrow();
    double median = seconds.stream().sorted().toList().get(seconds.size() / 2);
    System.out.printf(Locale.ROOT, "%s: median %.2f s (%,.0f rows/s), best %.2f s (%,.0f rows/s)%n", label, median,
        rows / median, best, rows / best);
  }

  private static String measureCode(int i) {
    return String.format(Locale.ROOT, "bench_m%03d", i);
  }

  /** Registers the benchmark's measures (once) and returns {@code n} rows over measures × regions × years. */
  static List<ObservationInput> rows(Store store, int n, double shift) {
    for (int m = 0; m < MEASURES; m++) {
      store.catalogue().addMeasure(new Measure(measureCode(m), "基准测试指标" + m, "Benchmark measure " + m, "件",
          Measure.Kind.FLOW, "ipindex benchmark", ""));
    }
    List<String> regions = store.catalogue().regions().stream().filter(r -> r.type() != Region.Type.NATION)
        .map(Region::nameZh).toList();
    int years = Math.max(1, n / (MEASURES * regions.size()) + 1);
    List<ObservationInput> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int region = i % regions.size();
      int year = (i / regions.size()) % years;
      int measure = i / (regions.size() * years);
      out.add(new ObservationInput(measureCode(measure), regions.get(region), FIRST_YEAR + years - 1 - year,
          1000 + i * 0.25 + shift, "件", null));
    }
    return out;
  }
}
