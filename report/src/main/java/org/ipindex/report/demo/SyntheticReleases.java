package org.ipindex.report.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ipindex.app.Bundled;
import org.ipindex.app.BundledTargets;
import org.ipindex.app.Regions;
import org.ipindex.app.ReleaseService;
import org.ipindex.core.model.Direction;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Node;
import org.ipindex.io.FrameworkReader;
import org.ipindex.store.BatchInfo;
import org.ipindex.store.Measure;
import org.ipindex.store.ObservationInput;
import org.ipindex.store.RevisePolicy;
import org.ipindex.store.Store;

/**
 * Seeded synthetic statistics for the benchmark, the tests and demonstrations: every indicator of
 * both official frameworks, for the nation (national framework) and the 31 provinces (regional
 * framework), over a run of years, with 3 % of the provincial values missing; then a release of each
 * index. The numbers are random (each series grows about 4 % a year, smaller-is-better ones shrink)
 * and <b>never official figures</b>; the batch says so.
 *
 * <p>Example: {@code SyntheticReportTest} and {@code org.ipindex.bench.ReportBenchmark}.
 */
public final class SyntheticReleases {
  /** Who the batch is recorded as imported by. */
  public static final String WHO = "ipindex synthetic statistics (not official)";
  private static final double MISSING = 0.03;

  private SyntheticReleases() {}

  /**
   * The two releases made.
   *
   * @param national the name of the national release (one unit, CN)
   * @param regional the name of the regional release (31 provinces)
   * @param evaluationYear their evaluation year
   */
  public record Made(String national, String regional, int evaluationYear) {
    public List<String> names() {
      return List.of(national, regional);
    }
  }

  /**
   * Imports synthetic values for {@code years} data years ending at {@code lastYear} into a store
   * (adding the measures the catalogue lacks) and creates the releases {@code national-synthetic-E}
   * and {@code regional-synthetic-E} of evaluation year E = {@code lastYear} + 1. The store gets the
   * bundled target sets if it has none, so the report has its chapter on targets.
   *
   * @throws IllegalArgumentException if the years do not reach back to the national base year (2020)
   */
  public static Made create(Store store, int years, int lastYear, long seed) {
    if (lastYear - years + 1 > 2020 || lastYear < 2021) {
      throw new IllegalArgumentException("the national index needs data years that include 2020 and one after; got "
          + (lastYear - years + 1) + "–" + lastYear);
    }
    Random rnd = new Random(seed);
    List<ObservationInput> rows = new ArrayList<>();
    Framework national = framework("national");
    Framework regional = framework("regional");
    add(store, rows, national, List.of("CN"), years, lastYear, rnd, MISSING);
    add(store, rows, regional, Regions.bundled().provinces().stream().map(Regions.Province::code).toList(), years,
        lastYear, rnd, MISSING);
    store.observations().write(new BatchInfo(WHO, null, null, "seeded random values (seed " + seed + "), not official"),
        rows, RevisePolicy.REFUSE);
    BundledTargets.saveIfNone(store);
    int e = lastYear + 1;
    Made made = new Made("national-synthetic-" + e, "regional-synthetic-" + e, e);
    try {
      ReleaseService.create(store, new ReleaseService.Request(made.national(), "national", null, e, List.of("CN"), WHO));
      ReleaseService.create(store, new ReleaseService.Request(made.regional(), "regional", null, e, null, WHO));
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return made;
  }

  private static Framework framework(String name) {
    try (InputStream in = Bundled.open(Bundled.frameworkPath(name))) {
      return FrameworkReader.read(name + ".csv", in, name).framework();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void add(Store store, List<ObservationInput> rows, Framework f, List<String> units, int years,
      int lastYear, Random rnd, double missing) {
    for (Node n : f.indicators()) {
      if (store.catalogue().measure(n.code()).isEmpty()) {
        store.catalogue().addMeasure(new Measure(n.code(), n.nameZh(), n.nameEn(), n.unit(), Measure.Kind.RATIO,
            "synthetic", "seeded synthetic values for tests and benchmarks"));
      }
      double growth = n.direction() == Direction.NEGATIVE ? 0.97 : 1.04;
      for (String u : units) {
        double level = Math.exp(3 + 2 * rnd.nextGaussian());
        for (int y = lastYear - years + 1; y <= lastYear; y++) {
          level *= growth * (1 + 0.03 * rnd.nextGaussian());
          if (rnd.nextDouble() >= missing) {
            rows.add(new ObservationInput(n.code(), u, y, Math.round(level * 100) / 100.0, n.unit(), null));
          }
        }
      }
    }
  }
}
