package org.ipindex.io.ingest.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ipindex.io.NumberText;
import org.ipindex.io.ingest.Issue;
import org.ipindex.io.ingest.IssueCode;
import org.ipindex.io.ingest.catalogue.CatalogueView;
import org.ipindex.io.ingest.catalogue.InParentSum;
import org.ipindex.io.ingest.catalogue.Measure;
import org.ipindex.io.ingest.catalogue.Region;

/**
 * The two sum checks, as warnings: regions that do not add up to their parent's value (the
 * provinces, and 台湾, 香港, 澳门 when present, to 全国), and parts that do not add up to their total
 * (发明 + 实用新型 + 外观设计 = 合计), beyond the measure's {@link Measure#sumTolerance()}. Values missing
 * in the file are taken from the store; a region sum waits until every required part has a value,
 * a part sum until every part has.
 */
final class SumChecks {
  private SumChecks() {}

  /** Checks the regions of every measure that adds up over regions, per parent and year. */
  static void regions(Resolved r, CatalogueView catalogue) {
    List<Region> parents = new ArrayList<>();
    Map<String, Integer> parentIds = new HashMap<>();
    int[] selfAsParent = new int[r.regions.size()];
    int[] parentOf = new int[r.regions.size()];
    for (int dr = 0; dr < r.regions.size(); dr++) {
      Region here = r.regions.get(dr);
      selfAsParent[dr] = catalogue.sumParts(here.code()).isEmpty() ? -1 : parentId(here, parents, parentIds);
      parentOf[dr] = -1;
      if (here.inParentSum() != InParentSum.NO && !here.parent().isEmpty()) {
        parentOf[dr] = catalogue.region(here.parent()).map(p -> parentId(p, parents, parentIds)).orElse(-1);
      }
    }
    LongIntMap seen = new LongIntMap(16);
    List<Long> groups = new ArrayList<>();
    for (int j = 0; j < r.count; j++) {
      if (!r.measures.get(r.measure[j]).regionsAddUp()) {
        continue;
      }
      int year = r.staged.year(r.source[j]);
      for (int p : new int[] {selfAsParent[r.region[j]], parentOf[r.region[j]]}) {
        if (p >= 0) {
          long g = Validation.key(r.measure[j], p, year);
          if (seen.putIfAbsent(g, groups.size()) < 0) {
            groups.add(g);
          }
        }
      }
    }
    int[][] partIds = new int[parents.size()][];
    int[] parentDense = new int[parents.size()];
    for (int p = 0; p < parents.size(); p++) {
      List<Region> parts = catalogue.sumParts(parents.get(p).code());
      partIds[p] = parts.stream().mapToInt(x -> r.denseRegion(x.code())).toArray();
      parentDense[p] = r.denseRegion(parents.get(p).code());
    }
    for (long g : groups) {
      int dm = (int) (g >>> 40);
      int pid = (int) ((g >>> 16) & 0xFFFFFF);
      Region parent = parents.get(pid);
      int year = (int) (g & 0xFFFF);
      Measure m = r.measures.get(dm);
      double total = r.valueAt(dm, parentDense[pid], parent.code(), year);
      if (Double.isNaN(total)) {
        continue;
      }
      double sum = 0;
      int present = 0;
      boolean complete = true;
      List<Region> parts = catalogue.sumParts(parent.code());
      for (int q = 0; q < parts.size(); q++) {
        Region part = parts.get(q);
        double v = r.valueAt(dm, partIds[pid][q], part.code(), year);
        if (Double.isNaN(v)) {
          if (part.inParentSum() == InParentSum.REQUIRED) {
            complete = false;
            break;
          }
          continue;
        }
        sum += v;
        present++;
      }
      if (!complete || present == 0 || !Validation.beyond(sum, total, m.sumTolerance())) {
        continue;
      }
      int at = r.fileIndex(dm, parent.code(), year);
      for (int q = 0; at < 0 && q < parts.size(); q++) {
        at = r.fileIndex(dm, parts.get(q).code(), year);
      }
      r.issues.add(Issue.warning(IssueCode.REGIONS_DO_NOT_ADD_UP, r.staged.location(r.source[at]), r.written(r.source[at]),
          "the regions of %s in %d do not add up: %s is %s but its %d parts (%s) add up to %s, a difference of %s (%s %%) beyond the tolerance of %s %%"
              .formatted(m.code(), year, parent.label(), NumberText.of(total), present, partNames(r, parts, dm, year),
                  NumberText.of(sum), NumberText.of(sum - total), Validation.percent((sum - total) / total), Validation.percent(m.sumTolerance())),
          "check the total and the parts, and correct the wrong one; if the difference is real, accept it with --accept-warnings"));
    }
  }

  private static String partNames(Resolved r, List<Region> parts, int dm, int year) {
    List<String> present = parts.stream().filter(p -> !Double.isNaN(r.valueAt(dm, p.code(), year)))
        .map(p -> p.nameZh().isEmpty() ? p.code() : p.nameZh()).toList();
    return present.size() <= 6 ? String.join(", ", present)
        : String.join(", ", present.subList(0, 3)) + " … " + present.get(present.size() - 1);
  }

  private static int parentId(Region p, List<Region> parents, Map<String, Integer> ids) {
    return ids.computeIfAbsent(p.code(), c -> {
      parents.add(p);
      return parents.size() - 1;
    });
  }

  /** Checks every total against its parts, per region and year. */
  static void parts(Resolved r, CatalogueView catalogue) {
    Map<String, Measure> totalOfPart = new HashMap<>();
    for (Measure m : catalogue.measures()) {
      for (String p : m.parts()) {
        catalogue.measure(p).ifPresent(part -> totalOfPart.put(part.code(), m));
      }
    }
    if (totalOfPart.isEmpty()) {
      return;
    }
    int known = r.measures.size();
    int[] totalOf = new int[known];
    for (int dm = 0; dm < known; dm++) {
      Measure m = r.measures.get(dm);
      Measure total = m.parts().isEmpty() ? totalOfPart.get(m.code()) : m;
      totalOf[dm] = total == null ? -1 : r.measureId(total);
    }
    for (int dm = 0; dm < r.measures.size(); dm++) {
      for (String p : r.measures.get(dm).parts()) {
        catalogue.measure(p).ifPresent(r::measureId);
      }
    }
    int[][] partsOf = new int[r.measures.size()][];
    for (int dm = 0; dm < r.measures.size(); dm++) {
      partsOf[dm] = r.measures.get(dm).parts().stream()
          .mapToInt(p -> catalogue.measure(p).map(part -> r.measureIds.get(part.code())).orElse(-1)).toArray();
    }
    LongIntMap seen = new LongIntMap(16);
    List<Long> groups = new ArrayList<>();
    for (int j = 0; j < r.count; j++) {
      int t = totalOf[r.measure[j]];
      if (t >= 0) {
        long g = Validation.key(t, r.region[j], r.staged.year(r.source[j]));
        if (seen.putIfAbsent(g, groups.size()) < 0) {
          groups.add(g);
        }
      }
    }
    for (long g : groups) {
      int dt = (int) (g >>> 40);
      int dr = (int) ((g >>> 16) & 0xFFFFFF);
      Region here = r.regions.get(dr);
      int year = (int) (g & 0xFFFF);
      Measure total = r.measures.get(dt);
      double t = r.valueAt(dt, dr, here.code(), year);
      if (Double.isNaN(t)) {
        continue;
      }
      double sum = 0;
      boolean complete = true;
      int[] ps = partsOf[dt];
      double[] terms = new double[ps.length];
      for (int q = 0; q < ps.length; q++) {
        double v = ps[q] < 0 ? Double.NaN : r.valueAt(ps[q], dr, here.code(), year);
        if (Double.isNaN(v)) {
          complete = false;
          break;
        }
        sum += v;
        terms[q] = v;
      }
      if (!complete || !Validation.beyond(sum, t, total.sumTolerance())) {
        continue;
      }
      int at = r.keys.get(Validation.key(dt, dr, year));
      for (int q = 0; at < 0 && q < ps.length; q++) {
        at = r.keys.get(Validation.key(ps[q], dr, year));
      }
      r.issues.add(Issue.warning(IssueCode.PARTS_DO_NOT_ADD_UP, r.staged.location(r.source[at]), r.written(r.source[at]),
          "the parts of %s for %s in %d do not add up: the total is %s but %s = %s = %s, a difference of %s (%s %%) beyond the tolerance of %s %%"
              .formatted(total.code(), here.label(), year, NumberText.of(t), String.join(" + ", total.parts()),
                  Arrays.stream(terms).mapToObj(NumberText::of).collect(Collectors.joining(" + ")),
                  NumberText.of(sum), NumberText.of(sum - t), Validation.percent((sum - t) / t),
                  Validation.percent(total.sumTolerance())),
          "check the total and its parts, and correct the wrong one; if the difference is real, accept it with --accept-warnings"));
    }
  }
}
