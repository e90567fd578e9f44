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
 * with the other rows named. Speed: {@code IngestBenchmark} reads and checks a 1,000,000-row long CSV
 * in about 1.2 s on one thread of a busy 2-core machine (≈ 850,000 rows a second; reading alone
 * ≈ 0.35–0.65 s).
 */
public final class Validation {
  private static final int UNSET = Integer.MIN_VALUE;
  private static final int MISMATCH = Integer.MIN_VALUE + 1;

  private Validation() {}

  /** Checks a parsed file. */
  public static Outcome check(Parsed parsed, CatalogueView catalogue, StoredValues stored, ValidationOptions options) {
    Resolved r = new Run(parsed, catalogue, stored, options).run();
    SumChecks.regions(r, catalogue);
    SumChecks.parts(r, catalogue);
    JumpCheck.check(r, options.jumps());
    return new Outcome(parsed.file(), parsed.rows().size(), r.rows(), Problems.of(r.issues), parsed.missing(),
        parsed.skipped(), options);
  }

  /** The pass over the rows: resolve, convert, range, duplicate and revision checks. */
  private static final class Run {
    private final StagedRows s;
    private final CatalogueView catalogue;
    private final ValidationOptions options;
    private final Resolved r;

    Run(Parsed parsed, CatalogueView catalogue, StoredValues stored, ValidationOptions options) {
      this.s = parsed.rows();
      this.catalogue = catalogue;
      this.options = options;
      this.r = new Resolved(s, new ArrayList<>(parsed.issues()), stored);
    }

    Resolved run() {
      int n = s.size();
      int[] measureOfText = new int[s.measures().size()];
      for (int t = 0; t < measureOfText.length; t++) {
        measureOfText[t] = catalogue.measure(s.measures().get(t)).map(r::measureId).orElse(-1);
      }
      int[] regionOfText = new int[s.regions().size()];
      for (int t = 0; t < regionOfText.length; t++) {
        regionOfText[t] = catalogue.region(s.regions().get(t)).map(r::regionId).orElse(-1);
      }
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
        r.stored = r.stored.within(r.measures.stream().map(Measure::code).toList(), minYear - 1, maxYear);
      }
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
        Measure m = r.measures.get(dm);
        int u = s.unitId(i);
        if (exponents[u] == null) {
          exponents[u] = new int[r.measures.size()];
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
        Region region = r.regions.get(dr);
        int year = s.year(i);
        rangeChecks(m, v, i);
        int earlier = r.keys.putIfAbsent(key(dm, dr, year), r.count);
        if (earlier >= 0) {
          r.issues.add(Issue.error(IssueCode.DUPLICATE_KEY, s.location(i), r.written(i),
              "%s for %s in %d is given twice: here (%s) and at %s (%s)".formatted(m.code(), region.label(), year,
                  NumberText.of(v), place(r.location(earlier)), NumberText.of(r.value[earlier])),
              "keep one of the two"));
          continue;
        }
        double before = r.stored.value(m.code(), region.code(), year);
        Change change = Double.isNaN(before) ? Change.NEW : same(before, v) ? Change.UNCHANGED : Change.CHANGED;
        if (change == Change.CHANGED && !revision.allowed()) {
          r.issues.add(Issue.error(IssueCode.CHANGED_WITHOUT_REVISION, s.location(i), r.written(i),
              "%s for %s in %d is %s here but %s is stored".formatted(m.code(), region.label(), year, NumberText.of(v),
                  NumberText.of(before)),
              "to replace the stored value, import again with --revise --reason \"why\"; otherwise correct the file"));
        }
        int c = r.count++;
        r.source[c] = i;
        r.measure[c] = dm;
        r.region[c] = dr;
        r.value[c] = v;
        r.change[c] = (byte) change.ordinal();
        r.previous[c] = before;
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
        Measure m = r.measures.get((int) k);
        return new Text(IssueCode.UNIT_MISMATCH, unit,
            "unit '%s' does not fit %s, which is measured in %s".formatted(unit, m.code(), m.unit()),
            "give values of %s in %s or a multiple of it (万%s, 亿%s), or correct the unit"
                .formatted(m.code(), m.unit(), m.parsedUnit().noun(), m.parsedUnit().noun()));
      }, null);
      return r;
    }

    private void rangeChecks(Measure m, double v, int i) {
      if (m.kind() == MeasureKind.COUNT && v < 0) {
        r.issues.add(Issue.error(IssueCode.NEGATIVE_COUNT, s.location(i), r.written(i),
            "'%s' is negative but %s is a count (%s)".formatted(r.written(i), m.code(), m.unit()),
            "correct the sign, or leave the cell empty (or write —) if the value is unknown"));
      } else if (m.kind() == MeasureKind.PERCENT && (v < 0 || v > 100)) {
        r.issues.add(Issue.error(IssueCode.PERCENT_OUT_OF_RANGE, s.location(i), r.written(i),
            "'%s' is outside 0–100 but %s is a percentage".formatted(r.written(i), m.code()),
            "write the percentage as a number from 0 to 100 (96.5 for 96.5 %)"));
      }
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
          r.issues.add(Issue.error(t.code(), at, t.value(), t.problem() + also, t.fix()));
        });
      }
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
