package org.ipindex.io.ingest.validate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.ipindex.io.NumberText;
import org.ipindex.io.ingest.Issue;
import org.ipindex.io.ingest.IssueCode;
import org.ipindex.io.ingest.Location;
import org.ipindex.io.ingest.Notation;
import org.ipindex.io.ingest.Parsed;
import org.ipindex.io.ingest.Problems;
import org.ipindex.io.ingest.Spellings;
import org.ipindex.io.ingest.StagedRows;
import org.ipindex.io.ingest.Units;
import org.ipindex.io.ingest.catalogue.CatalogueView;
import org.ipindex.io.ingest.catalogue.InParentSum;
import org.ipindex.io.ingest.catalogue.Measure;
import org.ipindex.io.ingest.catalogue.MeasureKind;
import org.ipindex.io.ingest.catalogue.Region;
import org.ipindex.io.ingest.catalogue.StoredValues;

/**
 * Checks the values read from one file against the catalogue and the stored values, collecting
 * every problem before deciding; a pure function of its arguments (no I/O beyond the
 * {@link StoredValues} lookups).
 *
 * <p>Errors (the whole file is rejected): unknown region or measure, a unit that does not convert
 * to the measure's, a negative count, a percentage outside 0–100, the same measure, region and
 * year twice, a value that differs from the stored one without a {@link Revision}; and every issue
 * the layout found (text that is not a number, a bad year …). Warnings (stored only when accepted):
 * regions that do not add up to their parent's total (provinces to 全国; 台湾, 香港, 澳门 counted when
 * present), parts that do not add up to their total (发明 + 实用新型 + 外观设计 = 合计), both within the
 * measure's {@link Measure#sumTolerance()}, and year-on-year jumps ({@link JumpRule}). The sum and
 * jump checks complete the file's values with stored ones.
 *
 * <p>Unknown regions, measures and units are reported once per distinct text, at its first row,
 * with the other rows named. Speed: about a million values a second on one core, see
 * {@code IngestBenchmark}.
 */
public final class Validation {
  private static final int UNSET = Integer.MIN_VALUE;
  private static final int MISMATCH = Integer.MIN_VALUE + 1;

  private Validation() {}

  /** Checks a parsed file. */
  public static Outcome check(Parsed parsed, CatalogueView catalogue, StoredValues stored, ValidationOptions options) {
    return new Run(parsed, catalogue, stored, options).run();
  }

  /** One validation: the state of a single pass over the rows. */
  private static final class Run {
    private final Parsed parsed;
    private final StagedRows s;
    private final CatalogueView catalogue;
    private StoredValues stored;
    private final ValidationOptions options;
    private final List<Issue> issues;
    private final List<Measure> measures = new ArrayList<>();
    private final Map<String, Integer> measureIds = new HashMap<>();
    private final List<Region> regions = new ArrayList<>();
    private final Map<String, Integer> regionIds = new HashMap<>();
    private LongIntMap keys;
    private int count;
    private int[] vSource;
    private int[] vMeasure;
    private int[] vRegion;
    private double[] vValue;
    private byte[] vChange;
    private double[] vPrevious;

    Run(Parsed parsed, CatalogueView catalogue, StoredValues stored, ValidationOptions options) {
      this.parsed = parsed;
      this.s = parsed.rows();
      this.catalogue = catalogue;
      this.stored = stored;
      this.options = options;
      this.issues = new ArrayList<>(parsed.issues());
    }

    Outcome run() {
      int n = s.size();
      int[] measureOfText = resolveMeasures();
      int[] regionOfText = resolveRegions();
      Units.Unit[] units = s.units().stream().map(Units::parse).toArray(Units.Unit[]::new);
      int[][] exponents = new int[units.length][];
      Grouped unknownMeasures = new Grouped();
      Grouped unknownRegions = new Grouped();
      Grouped badUnits = new Grouped();
      int minYear = Integer.MAX_VALUE;
      int maxYear = Integer.MIN_VALUE;
      for (int i = 0; i < n; i++) {
        minYear = Math.min(minYear, s.year(i));
        maxYear = Math.max(maxYear, s.year(i));
      }
      if (n > 0) {
        stored = stored.within(measures.stream().map(Measure::code).toList(), minYear - 1, maxYear);
      }
      keys = new LongIntMap(n);
      vSource = new int[n];
      vMeasure = new int[n];
      vRegion = new int[n];
      vValue = new double[n];
      vChange = new byte[n];
      vPrevious = new double[n];
      Revision revision = options.revision();
      for (int i = 0; i < n; i++) {
        int dm = measureOfText[s.measureId(i)];
        int dr = regionOfText[s.regionId(i)];
        if (dm < 0) {
          unknownMeasures.add(s.measureId(i), i);
        }
        if (dr < 0) {
          unknownRegions.add(s.regionId(i), i);
        }
        if (dm < 0 || dr < 0) {
          continue;
        }
        Measure m = measures.get(dm);
        int u = s.unitId(i);
        if (exponents[u] == null) {
          exponents[u] = new int[measures.size()];
          Arrays.fill(exponents[u], UNSET);
        }
        int e = exponents[u][dm];
        if (e == UNSET) {
          OptionalInt k = s.units().get(u).isEmpty() ? OptionalInt.of(0) : Units.exponent(units[u], m.parsedUnit());
          e = k.isPresent() ? k.getAsInt() : MISMATCH;
          exponents[u][dm] = e;
        }
        if (e == MISMATCH) {
          badUnits.add(((long) u << 32) | dm, i);
          continue;
        }
        double v = Notation.toDouble(s.unscaled(i), s.scale(i) - e);
        Region r = regions.get(dr);
        int year = s.year(i);
        rangeChecks(m, v, i);
        int earlier = keys.putIfAbsent(key(dm, dr, year), count);
        if (earlier >= 0) {
          Location other = s.location(vSource[earlier]);
          issues.add(Issue.error(IssueCode.DUPLICATE_KEY, s.location(i), written(i),
              "%s for %s in %d is given twice: here (%s) and at %s (%s)".formatted(m.code(), r.label(), year,
                  NumberText.of(v), place(other), NumberText.of(vValue[earlier])),
              "keep one of the two"));
          continue;
        }
        double before = stored.value(m.code(), r.code(), year);
        Change change = Double.isNaN(before) ? Change.NEW : same(before, v) ? Change.UNCHANGED : Change.CHANGED;
        if (change == Change.CHANGED && !revision.allowed()) {
          issues.add(Issue.error(IssueCode.CHANGED_WITHOUT_REVISION, s.location(i), written(i),
              "%s for %s in %d is %s here but %s is stored".formatted(m.code(), r.label(), year, NumberText.of(v),
                  NumberText.of(before)),
              "to replace the stored value, import again with --revise --reason \"why\"; otherwise correct the file"));
        }
        vSource[count] = i;
        vMeasure[count] = dm;
        vRegion[count] = dr;
        vValue[count] = v;
        vChange[count] = (byte) change.ordinal();
        vPrevious[count] = before;
        count++;
      }
      unknownMeasures.report(k -> {
        String text = s.measures().get((int) k);
        return new Text(IssueCode.UNKNOWN_MEASURE, text,
            "measure '%s' is not known%s".formatted(text, Spellings.suggest(text, catalogue.spellings(false))),
            "write a measure code from frameworks/measures.csv (e.g. valid_patents[invention]) or one of its aliases");
      }, true);
      unknownRegions.report(k -> {
        String text = s.regions().get((int) k);
        return new Text(IssueCode.UNKNOWN_REGION, text,
            "region '%s' is not known%s".formatted(text, Spellings.suggest(text, catalogue.spellings(true))),
            "write a region's name or code as in data/region-aliases.csv (广东, 广东省, Guangdong, 44 or 440000)");
      }, false);
      badUnits.report(k -> {
        String unit = s.units().get((int) (k >>> 32));
        Measure m = measures.get((int) k);
        return new Text(IssueCode.UNIT_MISMATCH, unit,
            "unit '%s' does not fit %s, which is measured in %s".formatted(unit, m.code(), m.unit()),
            "give values of %s in %s or a multiple of it (万%s, 亿%s), or correct the unit"
                .formatted(m.code(), m.unit(), m.parsedUnit().noun(), m.parsedUnit().noun()));
      }, null);
      checkRegionSums();
      checkParts();
      checkJumps();
      ValidRows valid = new ValidRows(s, measures.stream().map(Measure::code).toList(),
          regions.stream().map(Region::code).toList(), Arrays.copyOf(vSource, count), Arrays.copyOf(vMeasure, count),
          Arrays.copyOf(vRegion, count), Arrays.copyOf(vValue, count), Arrays.copyOf(vChange, count),
          Arrays.copyOf(vPrevious, count));
      return new Outcome(parsed.file(), s.size(), valid, Problems.of(issues), parsed.missing(), parsed.skipped(), options);
    }

    private int[] resolveMeasures() {
      int[] out = new int[s.measures().size()];
      for (int t = 0; t < out.length; t++) {
        out[t] = catalogue.measure(s.measures().get(t)).map(this::measureId).orElse(-1);
      }
      return out;
    }

    private int measureId(Measure m) {
      return measureIds.computeIfAbsent(m.code(), c -> {
        measures.add(m);
        return measures.size() - 1;
      });
    }

    private int[] resolveRegions() {
      int[] out = new int[s.regions().size()];
      for (int t = 0; t < out.length; t++) {
        out[t] = catalogue.region(s.regions().get(t)).map(this::regionId).orElse(-1);
      }
      return out;
    }

    private int regionId(Region r) {
      return regionIds.computeIfAbsent(r.code(), c -> {
        regions.add(r);
        return regions.size() - 1;
      });
    }

    private void rangeChecks(Measure m, double v, int i) {
      if (m.kind() == MeasureKind.COUNT && v < 0) {
        issues.add(Issue.error(IssueCode.NEGATIVE_COUNT, s.location(i), written(i),
            "'%s' is negative but %s is a count (%s)".formatted(written(i), m.code(), m.unit()),
            "correct the sign, or leave the cell empty (or write —) if the value is unknown"));
      } else if (m.kind() == MeasureKind.PERCENT && (v < 0 || v > 100)) {
        issues.add(Issue.error(IssueCode.PERCENT_OUT_OF_RANGE, s.location(i), written(i),
            "'%s' is outside 0–100 but %s is a percentage".formatted(written(i), m.code()),
            "write the percentage as a number from 0 to 100 (96.5 for 96.5 %)"));
      }
    }

    /** Returns the value of a measure (dense id), region and year: from the file, else stored, else NaN. */
    private double valueAt(int dm, String regionCode, int year) {
      return valueAt(dm, denseRegion(regionCode), regionCode, year);
    }

    /** As {@link #valueAt(int, String, int)} with the region's dense id known (−1: not in the file). */
    private double valueAt(int dm, int dr, String regionCode, int year) {
      int index = dr < 0 ? -1 : keys.get(key(dm, dr, year));
      return index >= 0 ? vValue[index] : stored.value(measures.get(dm).code(), regionCode, year);
    }

    /** Returns the index among the valid values of a measure, region and year in the file, or −1. */
    private int fileIndex(int dm, String regionCode, int year) {
      int dr = denseRegion(regionCode);
      return dr < 0 ? -1 : keys.get(key(dm, dr, year));
    }

    private int denseRegion(String code) {
      Integer dr = regionIds.get(code);
      return dr == null ? -1 : dr;
    }

    private void checkRegionSums() {
      List<Region> parents = new ArrayList<>();
      Map<String, Integer> parentIds = new HashMap<>();
      int[] selfAsParent = new int[regions.size()];
      int[] parentOf = new int[regions.size()];
      for (int dr = 0; dr < regions.size(); dr++) {
        Region r = regions.get(dr);
        selfAsParent[dr] = catalogue.sumParts(r.code()).isEmpty() ? -1 : parentId(r, parents, parentIds);
        parentOf[dr] = -1;
        if (r.inParentSum() != InParentSum.NO && !r.parent().isEmpty()) {
          parentOf[dr] = catalogue.region(r.parent()).map(p -> parentId(p, parents, parentIds)).orElse(-1);
        }
      }
      LongIntMap seen = new LongIntMap(16);
      List<Long> groups = new ArrayList<>();
      for (int j = 0; j < count; j++) {
        if (!measures.get(vMeasure[j]).regionsAddUp()) {
          continue;
        }
        int year = s.year(vSource[j]);
        for (int p : new int[] {selfAsParent[vRegion[j]], parentOf[vRegion[j]]}) {
          if (p >= 0) {
            long g = key(vMeasure[j], p, year);
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
        partIds[p] = parts.stream().mapToInt(r -> denseRegion(r.code())).toArray();
        parentDense[p] = denseRegion(parents.get(p).code());
      }
      for (long g : groups) {
        int dm = (int) (g >>> 40);
        int pid = (int) ((g >>> 16) & 0xFFFFFF);
        Region parent = parents.get(pid);
        int year = (int) (g & 0xFFFF);
        Measure m = measures.get(dm);
        double total = valueAt(dm, parentDense[pid], parent.code(), year);
        if (Double.isNaN(total)) {
          continue;
        }
        double sum = 0;
        int present = 0;
        boolean complete = true;
        List<Region> parts = catalogue.sumParts(parent.code());
        for (int q = 0; q < parts.size(); q++) {
          Region part = parts.get(q);
          double v = valueAt(dm, partIds[pid][q], part.code(), year);
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
        if (!complete || present == 0 || !beyond(sum, total, m.sumTolerance())) {
          continue;
        }
        int at = fileIndex(dm, parent.code(), year);
        for (int q = 0; at < 0 && q < parts.size(); q++) {
          at = fileIndex(dm, parts.get(q).code(), year);
        }
        issues.add(Issue.warning(IssueCode.REGIONS_DO_NOT_ADD_UP, s.location(vSource[at]), written(vSource[at]),
            "the regions of %s in %d do not add up: %s is %s but its %d parts (%s) add up to %s, a difference of %s (%s %%) beyond the tolerance of %s %%"
                .formatted(m.code(), year, parent.label(), NumberText.of(total), present, partNames(parts, dm, year),
                    NumberText.of(sum), NumberText.of(sum - total), percent((sum - total) / total), percent(m.sumTolerance())),
            "check the total and the parts, and correct the wrong one; if the difference is real, accept it with --accept-warnings"));
      }
    }

    private String partNames(List<Region> parts, int dm, int year) {
      List<String> present = parts.stream().filter(p -> !Double.isNaN(valueAt(dm, p.code(), year)))
          .map(p -> p.nameZh().isEmpty() ? p.code() : p.nameZh()).toList();
      return present.size() <= 6 ? String.join(", ", present)
          : String.join(", ", present.subList(0, 3)) + " … " + present.get(present.size() - 1);
    }

    private static int parentId(Region r, List<Region> parents, Map<String, Integer> ids) {
      return ids.computeIfAbsent(r.code(), c -> {
        parents.add(r);
        return parents.size() - 1;
      });
    }

    private void checkParts() {
      Map<String, Measure> totalOfPart = new HashMap<>();
      for (Measure m : catalogue.measures()) {
        for (String p : m.parts()) {
          catalogue.measure(p).ifPresent(part -> totalOfPart.put(part.code(), m));
        }
      }
      if (totalOfPart.isEmpty()) {
        return;
      }
      int known = measures.size();
      int[] totalOf = new int[known];
      for (int dm = 0; dm < known; dm++) {
        Measure m = measures.get(dm);
        Measure total = m.parts().isEmpty() ? totalOfPart.get(m.code()) : m;
        totalOf[dm] = total == null ? -1 : measureId(total);
      }
      for (int dm = 0; dm < measures.size(); dm++) {
        for (String p : measures.get(dm).parts()) {
          catalogue.measure(p).ifPresent(this::measureId);
        }
      }
      int[][] partsOf = new int[measures.size()][];
      for (int dm = 0; dm < measures.size(); dm++) {
        partsOf[dm] = measures.get(dm).parts().stream()
            .mapToInt(p -> catalogue.measure(p).map(part -> measureIds.get(part.code())).orElse(-1)).toArray();
      }
      LongIntMap seen = new LongIntMap(16);
      List<Long> groups = new ArrayList<>();
      for (int j = 0; j < count; j++) {
        int t = totalOf[vMeasure[j]];
        if (t >= 0) {
          long g = key(t, vRegion[j], s.year(vSource[j]));
          if (seen.putIfAbsent(g, groups.size()) < 0) {
            groups.add(g);
          }
        }
      }
      for (long g : groups) {
        int dt = (int) (g >>> 40);
        int dr = (int) ((g >>> 16) & 0xFFFFFF);
        Region r = regions.get(dr);
        int year = (int) (g & 0xFFFF);
        Measure total = measures.get(dt);
        double t = valueAt(dt, dr, r.code(), year);
        if (Double.isNaN(t)) {
          continue;
        }
        double sum = 0;
        boolean complete = true;
        int[] ps = partsOf[dt];
        double[] terms = new double[ps.length];
        for (int q = 0; q < ps.length; q++) {
          double v = ps[q] < 0 ? Double.NaN : valueAt(ps[q], dr, r.code(), year);
          if (Double.isNaN(v)) {
            complete = false;
            break;
          }
          sum += v;
          terms[q] = v;
        }
        if (!complete || !beyond(sum, t, total.sumTolerance())) {
          continue;
        }
        int at = keys.get(key(dt, dr, year));
        for (int q = 0; at < 0 && q < ps.length; q++) {
          at = keys.get(key(ps[q], dr, year));
        }
        issues.add(Issue.warning(IssueCode.PARTS_DO_NOT_ADD_UP, s.location(vSource[at]), written(vSource[at]),
            "the parts of %s for %s in %d do not add up: the total is %s but %s = %s = %s, a difference of %s (%s %%) beyond the tolerance of %s %%"
                .formatted(total.code(), r.label(), year, NumberText.of(t), String.join(" + ", total.parts()),
                    Arrays.stream(terms).mapToObj(NumberText::of).collect(java.util.stream.Collectors.joining(" + ")),
                    NumberText.of(sum), NumberText.of(sum - t), percent((sum - t) / t),
                    percent(total.sumTolerance())),
            "check the total and its parts, and correct the wrong one; if the difference is real, accept it with --accept-warnings"));
      }
    }

    private void checkJumps() {
      JumpRule rule = options.jumps();
      if (rule.minRegions() == Integer.MAX_VALUE) {
        return;
      }
      long[] order = new long[count];
      double[] growth = new double[count];
      double[] previous = new double[count];
      int k = 0;
      for (int j = 0; j < count; j++) {
        double x = vValue[j];
        if (!(x > 0)) {
          continue;
        }
        int year = s.year(vSource[j]);
        double before = valueAt(vMeasure[j], vRegion[j], regions.get(vRegion[j]).code(), year - 1);
        if (!(before > 0)) {
          continue;
        }
        growth[j] = Math.log(x / before);
        previous[j] = before;
        long group = ((long) vMeasure[j] << 16) | (year & 0xFFFF);
        order[k++] = (group << 24) | j;
      }
      Arrays.sort(order, 0, k);
      double[] run = new double[Math.max(16, regions.size())];
      int start = 0;
      while (start < k) {
        long group = order[start] >>> 24;
        int end = start;
        while (end < k && order[end] >>> 24 == group) {
          end++;
        }
        int size = end - start;
        if (size >= rule.minRegions()) {
          if (run.length < size) {
            run = new double[size];
          }
          for (int q = start; q < end; q++) {
            run[q - start] = growth[(int) (order[q] & 0xFFFFFF)];
          }
          Arrays.sort(run, 0, size);
          double median = median(run, size);
          for (int q = 0; q < size; q++) {
            run[q] = Math.abs(run[q] - median);
          }
          Arrays.sort(run, 0, size);
          double spread = Math.max(JumpRule.MAD_SCALE * median(run, size), rule.madFloor());
          for (int q = start; q < end; q++) {
            int j = (int) (order[q] & 0xFFFFFF);
            if (Math.abs(growth[j] - median) > rule.k() * spread) {
              reportJump(j, previous[j], median, size, rule);
            }
          }
        }
        start = end;
      }
    }

    private void reportJump(int j, double before, double median, int regionsCompared, JumpRule rule) {
      Measure m = measures.get(vMeasure[j]);
      Region r = regions.get(vRegion[j]);
      int year = s.year(vSource[j]);
      issues.add(Issue.warning(IssueCode.JUMP, s.location(vSource[j]), written(vSource[j]),
          "%s for %s went from %s in %d to %s in %d (×%s) while the median of %d regions changed ×%s: beyond %s robust deviations"
              .formatted(m.code(), r.label(), NumberText.of(before), year - 1, NumberText.of(vValue[j]), year,
                  times(vValue[j] / before), regionsCompared, times(Math.exp(median)), NumberText.of(rule.k())),
          "check the value and its unit (万件 for 件?); if it is right, accept it with --accept-warnings"));
    }

    private static double median(double[] sorted, int n) {
      return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }


    /** What an issue about one distinct text says; the location is added by {@link Grouped}. */
    private record Text(IssueCode code, String value, String problem, String fix) {}

    /**
     * Issues about one distinct text (an unknown region, measure or unit) found in many rows: one
     * issue at the first row, naming the others.
     */
    private final class Grouped {
      private final Map<Long, List<Integer>> rows = new LinkedHashMap<>();
      private final Map<Long, Integer> counts = new HashMap<>();
      private final Map<Long, Integer> last = new HashMap<>();

      /** Notes value {@code i} under a key; several values of one row (a wide table) count once. */
      void add(long key, int i) {
        Integer before = last.put(key, i);
        if (before != null && s.row(before) == s.row(i) && s.location(before).sheet().equals(s.location(i).sheet())) {
          return;
        }
        List<Integer> list = rows.computeIfAbsent(key, k -> new ArrayList<>());
        if (list.size() < 4) {
          list.add(i);
        }
        counts.merge(key, 1, Integer::sum);
      }

      /**
       * Adds one error per text; {@code measureColumn} true = located at the measure's column, false =
       * the region's column, null = the value's column.
       */
      void report(java.util.function.LongFunction<Text> make, Boolean measureColumn) {
        rows.forEach((key, list) -> {
          Text t = make.apply(key);
          int first = list.get(0);
          Location at = measureColumn == null ? s.location(first)
              : measureColumn ? s.measureLocation(first) : s.regionLocation(first);
          int more = counts.get(key) - 1;
          String also = "";
          if (more > 0) {
            List<String> shown = list.subList(1, list.size()).stream().map(i -> Integer.toString(s.row(i))).toList();
            int hidden = more - shown.size();
            also = "; also in row%s %s%s".formatted(more == 1 ? "" : "s", String.join(", ", shown),
                hidden > 0 ? " and %d more".formatted(hidden) : "");
          }
          issues.add(Issue.error(t.code(), at, t.value(), t.problem() + also, t.fix()));
        });
      }
    }

    private String written(int i) {
      return BigDecimal.valueOf(s.unscaled(i), s.scale(i)).stripTrailingZeros().toPlainString()
          + (s.units().get(s.unitId(i)).isEmpty() ? "" : " " + s.units().get(s.unitId(i)));
    }
  }

  /** Returns whether a sum differs from its total by more than the relative tolerance. */
  static boolean beyond(double sum, double total, double tolerance) {
    double diff = Math.abs(sum - total);
    return diff > 0 && diff > tolerance * Math.abs(total);
  }

  /** Packs a measure (&lt; 2^24), region (&lt; 2^24) and year into one key. */
  static long key(int measure, int region, int year) {
    return ((long) measure << 40) | ((long) region << 16) | (year & 0xFFFF);
  }

  static boolean same(double a, double b) {
    return a == b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
  }

  static String place(Location l) {
    return (l.sheet().isEmpty() ? "" : "sheet " + l.sheet() + ", ") + "row " + l.row()
        + (l.column().isEmpty() ? "" : ", column " + l.column());
  }

  static String percent(double ratio) {
    BigDecimal p = new BigDecimal(ratio * 100).round(new MathContext(2));
    return p.signum() == 0 ? "0" : p.stripTrailingZeros().toPlainString();
  }

  static String times(double ratio) {
    return String.format(Locale.ROOT, "%.2f", ratio);
  }
}
