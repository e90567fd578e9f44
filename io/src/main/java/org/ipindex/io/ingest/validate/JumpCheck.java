package org.ipindex.io.ingest.validate;

import java.util.Arrays;
import org.ipindex.io.NumberText;
import org.ipindex.io.ingest.Issue;
import org.ipindex.io.ingest.IssueCode;
import org.ipindex.io.ingest.catalogue.Measure;
import org.ipindex.io.ingest.catalogue.Region;

/**
 * The year-on-year jump check of {@link JumpRule}, as warnings; previous years come from the file or the store.
 * A value equal to the stored one still counts in its cross-section but is not reported again: it was
 * accepted when it was stored (re-importing an official table does not ask twice).
 */
final class JumpCheck {
  private JumpCheck() {}

  static void check(Resolved r, JumpRule rule) {
    if (rule.minRegions() == Integer.MAX_VALUE) {
      return;
    }
    // one cross-section per measure and year; values sorted by (cross-section ordinal, value index)
    LongIntMap sections = new LongIntMap(64);
    long[] order = new long[r.count];
    double[] growth = new double[r.count];
    double[] previous = new double[r.count];
    int k = 0;
    for (int j = 0; j < r.count; j++) {
      double x = r.value[j];
      if (!(x > 0)) {
        continue;
      }
      int year = r.year(j);
      double before = r.valueAt(r.measure[j], r.region[j], r.regions.get(r.region[j]).code(), year - 1);
      if (!(before > 0)) {
        continue;
      }
      growth[j] = Math.log(x / before);
      previous[j] = before;
      long section = Validation.key(r.measure[j], 0, year);
      int ordinal = sections.putIfAbsent(section, sections.size());
      order[k++] = ((long) (ordinal < 0 ? sections.size() - 1 : ordinal) << 32) | j;
    }
    Arrays.sort(order, 0, k);
    double[] run = new double[Math.max(16, r.regions.size())];
    int start = 0;
    while (start < k) {
      long section = order[start] >>> 32;
      int end = start;
      while (end < k && order[end] >>> 32 == section) {
        end++;
      }
      int size = end - start;
      if (size >= rule.minRegions()) {
        if (run.length < size) {
          run = new double[size];
        }
        for (int q = start; q < end; q++) {
          run[q - start] = growth[(int) order[q]];
        }
        Arrays.sort(run, 0, size);
        double median = median(run, size);
        for (int q = 0; q < size; q++) {
          run[q] = Math.abs(run[q] - median);
        }
        Arrays.sort(run, 0, size);
        double spread = Math.max(JumpRule.MAD_SCALE * median(run, size), rule.madFloor());
        for (int q = start; q < end; q++) {
          int j = (int) order[q];
          if (Math.abs(growth[j] - median) > rule.k() * spread && r.change[j] != Change.UNCHANGED.ordinal()) {
            report(r, j, previous[j], median, size, rule);
          }
        }
      }
      start = end;
    }
  }

  private static void report(Resolved r, int j, double before, double median, int regionsCompared, JumpRule rule) {
    Measure m = r.measures.get(r.measure[j]);
    Region here = r.regions.get(r.region[j]);
    int year = r.year(j);
    r.issues.add(Issue.warning(IssueCode.JUMP, r.location(j), r.written(r.source[j]),
        "%s for %s went from %s in %d to %s in %d (×%s) while the median of %d regions changed ×%s: beyond %s robust deviations"
            .formatted(m.code(), here.label(), NumberText.of(before), year - 1, NumberText.of(r.value[j]), year,
                Validation.times(r.value[j] / before), regionsCompared, Validation.times(Math.exp(median)), NumberText.of(rule.k())),
        "check the value and its unit (万件 for 件?); if it is right, accept it with --accept-warnings"));
  }

  private static double median(double[] sorted, int n) {
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
