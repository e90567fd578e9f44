package org.ipindex.report.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.ipindex.app.ReleaseService;
import org.ipindex.app.TargetsAssessment;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.ProblemCode;
import org.ipindex.core.target.ProgressTable;
import org.ipindex.store.Batch;
import org.ipindex.store.Catalogue;
import org.ipindex.store.Measure;
import org.ipindex.store.Region;
import org.ipindex.store.Store;

/**
 * Reads what a report needs from a store: each release evaluated again from what it froze (and
 * refused unless it reproduces its stored results bit for bit), the progress of the expected
 * indicators at the releases' data year, the region names and groupings, the measures and batches.
 */
public final class ReportSources {
  private ReportSources() {}

  /**
   * Loads the releases named.
   *
   * @param names one or two releases: at most one of an index of one unit (national) and one of an
   *     index of many units (regional), of the same evaluation year
   * @throws DataException for no name, an unknown release, two releases of the same kind, or
   *     different evaluation years
   * @throws IllegalStateException when a release no longer reproduces its stored results
   */
  public static ReportSource load(Store store, List<String> names) {
    List<String> distinct = List.copyOf(new LinkedHashSet<>(names));
    if (distinct.isEmpty()) {
      throw DataException.of(ProblemCode.BAD_PARAMETER, "--release",
          "name the release(s) to report on, e.g. --release national-2024,regional-2024 (see `ipindex release list`)");
    }
    IndexRelease single = null;
    IndexRelease panel = null;
    for (String name : distinct) {
      ReleaseService.Check check = ReleaseService.reproduce(store, name);
      if (!check.reproduced()) {
        throw new IllegalStateException(("release %s does not reproduce its stored results (%d differences, e.g. %s); "
            + "run `ipindex evaluate --release %s` to list them").formatted(name, check.differences().size(),
            check.differences().get(0), name));
      }
      IndexRelease r = new IndexRelease(check.release(), check.evaluation());
      IndexRelease taken = r.singleUnit() ? single : panel;
      if (taken != null) {
        throw DataException.of(ProblemCode.BAD_PARAMETER, "--release " + name,
            ("releases %s and %s both evaluate %s; a report takes one release of the national index (one unit) "
                + "and one of the regional index (many units)").formatted(taken.release().name(), name,
                r.singleUnit() ? "a single unit" : "many units"));
      }
      if (r.singleUnit()) {
        single = r;
      } else {
        panel = r;
      }
    }
    if (single != null && panel != null && single.evaluationYear() != panel.evaluationYear()) {
      throw DataException.of(ProblemCode.BAD_PARAMETER, "--release",
          "release %s is the %d evaluation and %s the %d evaluation; report on releases of the same year"
              .formatted(single.release().name(), single.evaluationYear(), panel.release().name(),
                  panel.evaluationYear()));
    }
    int dataYear = Math.max(single == null ? Integer.MIN_VALUE : single.dataYear(),
        panel == null ? Integer.MIN_VALUE : panel.dataYear());
    ProgressTable progress = null;
    String missing = "";
    if (store.targets().sets().isEmpty()) {
      missing = "the store holds no target set";
    } else {
      try {
        progress = TargetsAssessment.fromStore(store, null).assess(null, dataYear);
      } catch (DataException e) {
        missing = e.getMessage();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Instant latest = (single != null ? single : panel).release().asOf();
    if (single != null && panel != null && panel.release().asOf().isAfter(latest)) {
      latest = panel.release().asOf();
    }
    Instant asOf = latest;
    List<Batch> batches = store.batches().list().stream().filter(b -> !b.recordedAt().isAfter(asOf)).toList();
    Map<String, Measure> measures = new LinkedHashMap<>();
    store.catalogue().measures().forEach(m -> measures.put(m.code(), m));
    return new ReportSource(single, panel, progress, missing, regions(store), measures, batches);
  }

  private static RegionBook regions(Store store) {
    Catalogue c = store.catalogue();
    Map<String, Region> byCode = new LinkedHashMap<>();
    c.regions().forEach(r -> byCode.put(r.code(), r));
    return new RegionBook(byCode, c.groups(Catalogue.AREA), c.groups(Catalogue.STRATEGIC_REGION));
  }
}
