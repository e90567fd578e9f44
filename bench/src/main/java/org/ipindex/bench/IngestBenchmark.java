package org.ipindex.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.ipindex.app.DataImport;
import org.ipindex.io.ingest.Parsed;
import org.ipindex.io.ingest.catalogue.Accrual;
import org.ipindex.io.ingest.catalogue.InMemoryCatalogue;
import org.ipindex.io.ingest.catalogue.Measure;
import org.ipindex.io.ingest.catalogue.MeasureKind;
import org.ipindex.io.ingest.catalogue.Region;
import org.ipindex.io.ingest.catalogue.RegionType;
import org.ipindex.io.ingest.catalogue.StoredValues;
import org.ipindex.io.ingest.layout.LongCsvLayout;
import org.ipindex.io.ingest.validate.Outcome;
import org.ipindex.io.ingest.validate.Validation;
import org.ipindex.io.ingest.validate.ValidationOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ingest of a 1,000,000-row long CSV: 1,000 measures (250 totals with three parts each, all adding
 * up over regions; sub-provincial cities a share of their province) × 50 regions (全国, 31 provinces, 台湾 香港 澳门, 15 sub-provincial cities) × 20 years,
 * generated (seeded) in a temporary folder. {@code parse} reads it into staged rows;
 * {@code parseAndValidate} also runs every check (catalogue, units, ranges, duplicates, stored
 * values, region sums, part sums, year-on-year jumps); {@code validate} is the checks alone.
 * The file is clean (no error, no warning), as a file that is stored is. Rows per second =
 * 1,000,000 / (ms per operation / 1000).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class IngestBenchmark {
  static final int MEASURE_GROUPS = 250;
  static final int FIRST_YEAR = 2005;
  static final int YEARS = 20;

  private Path dir;
  private Path file;
  private InMemoryCatalogue catalogue;
  private Parsed parsed;
  private long rows;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("ipindex-ingest-bench");
    file = dir.resolve("statistics-1m.csv");
    List<Region> regions;
    regions = DataImport.bundledCatalogue().regions();
    List<Measure> measures = measures();
    catalogue = InMemoryCatalogue.of(measures, regions);
    List<Region> provinces = regions.stream().filter(r -> r.type() == RegionType.PROVINCE || r.type() == RegionType.SPECIAL).toList();
    List<Region> cities = regions.stream().filter(r -> r.type() == RegionType.CITY).toList();
    rows = write(file, provinces, cities);
    parsed = parse();
    if (parsed.rows().size() != rows || !parsed.issues().isEmpty()) {
      throw new IllegalStateException("generated file does not read back: " + parsed.issues());
    }
    Outcome o = check(parsed);
    if (!o.problems().isEmpty()) {
      throw new IllegalStateException("generated file has problems: " + o.problems().all().subList(0, 3));
    }
  }

  /** The file's measures: {@link #MEASURE_GROUPS} totals (件, flows adding up over regions) with parts a, b, c. */
  static List<Measure> measures() {
    List<Measure> measures = new ArrayList<>();
    for (int g = 0; g < MEASURE_GROUPS; g++) {
      String base = "m%03d".formatted(g);
      List<String> parts = List.of(base + "[a]", base + "[b]", base + "[c]");
      measures.add(new Measure(base, "", "", "件", MeasureKind.COUNT, Accrual.FLOW, true, parts, Measure.DEFAULT_SUM_TOLERANCE,
          List.of(), ""));
      for (String p : parts) {
        measures.add(new Measure(p, "", "", "件", MeasureKind.COUNT, Accrual.FLOW, true, List.of(), Measure.DEFAULT_SUM_TOLERANCE,
            List.of(), ""));
      }
    }
    return measures;
  }

  /** Writes the file: measure-major, then year, then region (CN first); returns the number of value rows. */
  static long write(Path file, List<Region> provinces, List<Region> cities) throws IOException {
    SplittableRandom random = new SplittableRandom(42);
    long n = 0;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("region,measure,year,value,unit,source\n");
      for (int g = 0; g < MEASURE_GROUPS; g++) {
        long[][][] parts = new long[3][YEARS][provinces.size()];
        for (int p = 0; p < provinces.size(); p++) {
          for (int k = 0; k < 3; k++) {
            double level = 1000 + random.nextInt(100_000);
            for (int y = 0; y < YEARS; y++) {
              level *= 1.05 * (0.98 + 0.04 * random.nextDouble());
              parts[k][y][p] = Math.round(level);
            }
          }
        }
        String base = "m%03d".formatted(g);
        String[] codes = {base, base + "[a]", base + "[b]", base + "[c]"};
        for (int m = 0; m < 4; m++) {
          for (int y = 0; y < YEARS; y++) {
            long national = 0;
            StringBuilder lines = new StringBuilder();
            for (int p = 0; p < provinces.size(); p++) {
              long v = m == 0 ? parts[0][y][p] + parts[1][y][p] + parts[2][y][p] : parts[m - 1][y][p];
              national += v;
              lines.append(provinces.get(p).code()).append(',').append(codes[m]).append(',').append(FIRST_YEAR + y).append(',')
                  .append(v).append(",件,generated\n");
            }
            w.write("CN," + codes[m] + "," + (FIRST_YEAR + y) + "," + national + ",件,generated\n");
            w.write(lines.toString());
            n += 1 + provinces.size();
            for (int c = 0; c < cities.size(); c++) {
              int p = provinceOf(provinces, cities.get(c));
              long v = 0;
              for (int k = 0; k < 3; k++) {
                long part = parts[k][y][p] * (20 + c) / 100;
                v += m == 0 || m == k + 1 ? part : 0;
              }
              w.write(cities.get(c).code() + "," + codes[m] + "," + (FIRST_YEAR + y) + "," + v + ",件,generated\n");
              n++;
            }
          }
        }
      }
    }
    return n;
  }

  private static int provinceOf(List<Region> provinces, Region city) {
    for (int p = 0; p < provinces.size(); p++) {
      if (provinces.get(p).code().equals(city.parent())) {
        return p;
      }
    }
    throw new IllegalStateException("no province for " + city);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
    Files.deleteIfExists(dir);
  }

  /** Reading the file into staged rows. */
  @Benchmark
  public Parsed parse() throws IOException {
    return LongCsvLayout.read(file.getFileName().toString(), Files.newInputStream(file));
  }

  /** Reading and every check: what an import does before the store writes. */
  @Benchmark
  public Outcome parseAndValidate() throws IOException {
    return check(parse());
  }

  /** The checks alone, on rows read once. */
  @Benchmark
  public Outcome validate() {
    return check(parsed);
  }

  private Outcome check(Parsed p) {
    return Validation.check(p, catalogue, StoredValues.NONE, ValidationOptions.DEFAULT);
  }
}
