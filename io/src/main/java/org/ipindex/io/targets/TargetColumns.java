package org.ipindex.io.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ipindex.core.target.ProgressFlag;
import org.ipindex.core.target.ProgressResult;
import org.ipindex.core.target.ProgressRow;
import org.ipindex.core.target.ProgressTable;
import org.ipindex.core.target.ReportNumbers;
import org.ipindex.core.target.Target;
import org.ipindex.io.NumberText;

/**
 * The columns of a progress table, shared by the CSV, JSON and XLSX writers: one row per target,
 * with the baseline and latest value used, the target, the status (code, Chinese, English), the ratio
 * R, actual and required growth, the shares of distance covered and time elapsed, the projections,
 * the first year the target was met, the flags, the outcome with each alternative baseline, and the
 * two sentences. Numbers are written by {@link NumberText#of} (missing = empty).
 */
public final class TargetColumns {
  /** The column names, in order. */
  public static final List<String> NAMES = List.of("set", "year", "order", "code", "name_zh", "name_en", "unit_zh",
      "unit_en", "direction", "comparison", "baseline_year", "baseline_value", "latest_year", "latest_value",
      "target_year", "target_value", "ceiling", "status", "status_zh", "status_en", "ratio", "growth_model",
      "growth_actual", "growth_required", "distance_share", "time_share", "projection_compound",
      "projection_linear", "first_met_year", "years_early", "flags", "alternatives", "source", "note", "sentence_zh",
      "sentence_en");
  /** Positions of the columns that hold numbers (the others hold text). */
  public static final Set<Integer> NUMBERS = Set.of(1, 2, 8, 10, 11, 12, 13, 14, 15, 16, 20, 22, 23, 24, 25, 26,
      27, 28, 29);

  private TargetColumns() {}

  /** Returns the cells of one row as text (numbers by {@link NumberText#of}; missing = ""). */
  public static List<String> cells(ProgressTable table, int index) {
    ProgressRow row = table.rows().get(index);
    Target t = row.target();
    ProgressResult r = row.result();
    double[] n = numbers(table, index);
    List<String> out = new ArrayList<>(NAMES.size());
    for (int c = 0; c < NAMES.size(); c++) {
      out.add(NUMBERS.contains(c) ? NumberText.of(n[c]) : "");
    }
    out.set(0, table.set());
    out.set(3, t.indicatorCode());
    out.set(4, t.nameZh());
    out.set(5, t.nameEn());
    out.set(6, t.unitZh());
    out.set(7, t.unitEn());
    out.set(9, t.comparison().code());
    out.set(17, r.status().code());
    out.set(18, r.status().labelZh());
    out.set(19, r.status().labelEn());
    out.set(21, r.growth().code());
    out.set(30, r.flags().stream().map(ProgressFlag::code).collect(Collectors.joining(";")));
    out.set(31, alternatives(r));
    out.set(32, t.source());
    out.set(33, t.note());
    out.set(34, row.sentenceZh());
    out.set(35, row.sentenceEn());
    return out;
  }

  /** Returns the numbers of one row by column position (NaN for text columns and missing numbers). */
  public static double[] numbers(ProgressTable table, int index) {
    ProgressRow row = table.rows().get(index);
    Target t = row.target();
    ProgressResult r = row.result();
    double[] n = new double[NAMES.size()];
    java.util.Arrays.fill(n, Double.NaN);
    n[1] = table.year();
    n[2] = index + 1;
    n[8] = t.direction().sign();
    n[10] = r.baselineYear() == 0 ? Double.NaN : r.baselineYear();
    n[11] = r.baselineValue();
    n[12] = r.latestYear() == 0 ? Double.NaN : r.latestYear();
    n[13] = r.latestValue();
    n[14] = t.targetYear();
    n[15] = t.targetValue();
    n[16] = t.ceiling();
    n[20] = r.ratio();
    n[22] = r.actualGrowth();
    n[23] = r.requiredGrowth();
    n[24] = r.distanceShare();
    n[25] = r.timeShare();
    n[26] = r.projectionCompound();
    n[27] = r.projectionLinear();
    if (r.firstMetYear().isPresent()) {
      n[28] = r.firstMetYear().getAsInt();
      n[29] = t.targetYear() - r.firstMetYear().getAsInt();
    }
    return n;
  }

  /** Returns "6.2 (002 …): on_track, R 1.69" for each alternative baseline, separated by "; ". */
  static String alternatives(ProgressResult r) {
    return r.alternatives().stream()
        .map(a -> "%s (%s): %s, R %s".formatted(NumberText.of(a.baselineValue()), a.source(), a.status().code(),
            ReportNumbers.ratio(a.ratio())))
        .collect(Collectors.joining("; "));
  }

  /** Returns the number of terminal or spreadsheet columns a text takes: CJK and full-width count two. */
  static int width(String text) {
    return text.codePoints().map(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
        || cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0x3000 && cp <= 0x303F ? 2 : 1).sum();
  }
}
