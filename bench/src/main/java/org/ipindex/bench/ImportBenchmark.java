package org.ipindex.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.ipindex.app.DataImport;
import org.ipindex.app.StoreAccess;
import org.ipindex.io.ingest.Ingest;
import org.ipindex.io.ingest.catalogue.InMemoryCatalogue;
import org.ipindex.io.ingest.catalogue.Measure;
import org.ipindex.io.ingest.catalogue.Region;
import org.ipindex.io.ingest.catalogue.RegionType;
import org.ipindex.io.ingest.catalogue.StoredValues;
import org.ipindex.io.ingest.validate.Outcome;
import org.ipindex.io.ingest.validate.ValidationOptions;
import org.ipindex.store.Catalogue;
import org.ipindex.store.Store;

/**
 * {@code ipindex import} end to end on a 1,000,000-row long CSV (a main, not JMH: one import is one
 * long operation). Results go to BENCHMARKS.md.
 *
 * <pre>
 * mvn -q -B -DskipTests -pl bench -am package
 * java -Xmx4g -cp bench/target/benchmarks.jar org.ipindex.bench.ImportBenchmark [ROUNDS]
 * </pre>
 *
 * <p>The file is {@link IngestBenchmark}'s (1,000 measures: 250 totals with three parts each, adding up
 * over regions × 50 regions × 20 years, seeded). Each round opens a new embedded store the way
 * {@code ipindex} does (bundled statistics loaded; not timed), adds the file's 1,000 measures to its
 * catalogue (not timed), then times {@link DataImport#run}: reading the file, every check (catalogue,
 * units, ranges, duplicates, the stored values, region sums, part sums, year-on-year jumps), the write
 * and the commit; then the same file again (1,000,000 unchanged values compared with the store,
 * nothing written). The baseline in the same run is the reading and checking alone (no store).
 */
public final class ImportBenchmark {
  private ImportBenchmark() {}

  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    Path root = Files.createTempDirectory("ipindex-import-bench");
    try {
      run(root, rounds);
    } finally {
      try (var files = Files.walk(root)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static void run(Path root, int rounds) throws IOException {
    InMemoryCatalogue bundled = DataImport.bundledCatalogue();
    List<Measure> measures = IngestBenchmark.measures();
    InMemoryCatalogue catalogue = InMemoryCatalogue.of(measures, bundled.regions());
    List<Region> provinces = bundled.regions().stream()
        .filter(r -> r.type() == RegionType.PROVINCE || r.type() == RegionType.SPECIAL).toList();
    List<Region> cities = bundled.regions().stream().filter(r -> r.type() == RegionType.CITY).toList();
    Path file = root.resolve("statistics-1m.csv");
    long rows = IngestBenchmark.write(file, provinces, cities);
    System.out.printf(Locale.ROOT, "import benchmark: %,d rows (%,d MB), Java %s, %d cores%n", rows,
        Files.size(file) >> 20, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
    List<Double> checks = new ArrayList<>();
    List<Double> firsts = new ArrayList<>();
    List<Double> agains = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      long t0 = System.nanoTime();
      Outcome alone = Ingest.check(file, null, catalogue, StoredValues.NONE, ValidationOptions.DEFAULT);
      checks.add(seconds(t0));
      require(alone.decision() == Outcome.Decision.STORE, "the generated file does not validate: " + alone.problems());
      try (Store store = StoreAccess.open(new StoreAccess.Location(root.resolve("home-" + round), null)).store()) {
        for (Measure m : measures) {
          store.catalogue().addMeasure(new org.ipindex.store.Measure(Catalogue.storeCode(m.code()), m.code(), m.code(),
              m.unit(), org.ipindex.store.Measure.Kind.FLOW, "generated", ""));
        }
        DataImport.Request request = new DataImport.Request(file, null, false, null, false, "benchmark", "bench");
        long t1 = System.nanoTime();
        DataImport.Result first = DataImport.run(store, request, catalogue);
        firsts.add(seconds(t1));
        require(first.written() != null && first.written().added() == rows, "first import: " + first.written());
        long t2 = System.nanoTime();
        DataImport.Result again = DataImport.run(store, request, catalogue);
        agains.add(seconds(t2));
        require(again.written() != null && again.written().unchanged() == rows, "second import: " + again.written());
      }
      System.out.printf(Locale.ROOT, "round %d: read+check alone %.2f s | import into a new store %.2f s | same file again %.2f s%n",
          round, checks.get(round - 1), firsts.get(round - 1), agains.get(round - 1));
    }
    report("read + check alone (baseline, no store)", rows, checks);
    report("ipindex import, first (read, check, store, commit)", rows, firsts);
    report("ipindex import, same file again (all unchanged)", rows, agains);
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalStateException(message);
    }
  }

  private static void report(String what, long rows, List<Double> times) {
    List<Double> sorted = times.stream().sorted().toList();
    double median = sorted.get(sorted.size() / 2);
    System.out.printf(Locale.ROOT, "%-55s median %.2f s (min %.2f, max %.2f) → %,.0f rows/s%n", what, median,
        sorted.get(0), sorted.get(sorted.size() - 1), rows / median);
  }
}
