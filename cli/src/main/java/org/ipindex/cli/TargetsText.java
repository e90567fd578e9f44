package org.ipindex.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ipindex.core.target.Progress;
import org.ipindex.core.target.ProgressFlag;
import org.ipindex.core.target.ProgressResult;
import org.ipindex.core.target.ProgressRow;
import org.ipindex.core.target.ProgressTable;
import org.ipindex.core.target.ReportNumbers;
import org.ipindex.core.target.Target;

/**
 * Writes a progress table for a terminal, as table 1 of the report's chapter 1 with the judgment
 * added: one line per target with the values by year, the target, the status in Chinese and English,
 * R, actual and required growth a year, distance covered vs time elapsed and the projections; then the
 * sentence for each target in both languages, and notes (alternative baselines, flags). Columns are
 * aligned in terminal columns, Chinese characters counting two.
 */
final class TargetsText {
  private static final String GAP = "  ";

  private TargetsText() {}

  static String render(ProgressTable t) {
    Progress p = t.method();
    StringBuilder out = new StringBuilder();
    int n = t.rows().size();
    out.append("Plan targets · set %s · %d %s · data up to %d%n".formatted(t.set(), n, n == 1 ? "target" : "targets",
        t.year()));
    out.append(("Method: compound growth actual vs required (Eurostat, as implemented by Statistics Canada for "
        + "Open SDG), R = d·CAGR_a / |CAGR_r|:%n  achieved when met; on track R ≥ %s; needs acceleration %s ≤ R < %s; "
        + "limited progress 0 ≤ R < %s; moving away R < 0; without target: trend by CAGR (%s / %s a year)%n")
        .formatted(ratio(p.onTrack()), ratio(p.needsAcceleration()), ratio(p.onTrack()), ratio(p.needsAcceleration()),
            ReportNumbers.percent(p.trendStrong()), ReportNumbers.percent(p.trendModerate())));
    out.append('\n');
    out.append(table(t));
    out.append('\n');
    out.append("判断 Judgments\n");
    for (int i = 0; i < t.rows().size(); i++) {
      ProgressRow r = t.rows().get(i);
      String number = (i + 1) + ". ";
      out.append(number).append(r.sentenceZh()).append('\n')
          .append(" ".repeat(number.length())).append(r.sentenceEn()).append('\n');
    }
    String notes = notes(t);
    if (!notes.isEmpty()) {
      out.append('\n').append("Notes\n").append(notes);
    }
    return out.toString();
  }

  static String table(ProgressTable t) {
    int[] years = t.years();
    String targetYear = commonTargetYear(t);
    List<String> zh = new ArrayList<>(List.of("#", "指标", "单位"));
    List<String> en = new ArrayList<>(List.of("", "indicator", "unit"));
    for (int y : years) {
      zh.add(Integer.toString(y));
      en.add("");
    }
    zh.addAll(List.of("目标" + targetYear, "状态", "R", "年均增速 实际/所需", "距离/时间", "预测" + targetYear + " 复合/线性"));
    en.addAll(List.of("target", "status", "", "growth a year", "distance/time", "projection"));
    List<List<String>> lines = new ArrayList<>();
    lines.add(zh);
    lines.add(en);
    for (int i = 0; i < t.rows().size(); i++) {
      ProgressRow row = t.rows().get(i);
      Target target = row.target();
      ProgressResult r = row.result();
      List<String> cells = new ArrayList<>(List.of(Integer.toString(i + 1), target.nameZh(), target.unitZh()));
      for (int y : years) {
        Double v = row.observed().get(y);
        if (v == null && y == target.baselineYear() && !Double.isNaN(target.baselineValue())) {
          v = target.baselineValue();
        }
        cells.add(v == null ? ReportNumbers.MISSING : ReportNumbers.value(v));
      }
      cells.add(targetCell(target, targetYear));
      cells.add(r.status().labelZh() + " " + r.status().labelEn());
      cells.add(ReportNumbers.ratio(r.ratio()));
      cells.add(growth(r, target.unitZh()));
      cells.add(r.timeShare() >= 0 ? ReportNumbers.share(r.distanceShare()) + " / " + ReportNumbers.share(r.timeShare())
          : ReportNumbers.MISSING);
      cells.add(Double.isNaN(r.projectionLinear()) ? ReportNumbers.MISSING
          : ReportNumbers.value(r.projectionCompound()) + " / " + ReportNumbers.value(r.projectionLinear()));
      lines.add(cells);
    }
    int columns = zh.size();
    int[] widths = new int[columns];
    for (List<String> cells : lines) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], ExtraText.width(cells.get(c)));
      }
    }
    int firstNumber = 3;
    int lastNumber = 3 + years.length;
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      if (i == 2) {
        List<String> rule = new ArrayList<>();
        for (int w : widths) {
          rule.add("-".repeat(w));
        }
        line(out, rule, widths, -1, -1);
      }
      line(out, lines.get(i), widths, firstNumber, lastNumber);
    }
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells, int[] widths, int firstRight, int lastRight) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        line.append(GAP);
      }
      boolean right = c == 0 || firstRight >= 0 && (c >= firstRight && c <= lastRight || c == lastRight + 2);
      line.append(right ? ExtraText.padLeft(cells.get(c), widths[c]) : ExtraText.pad(cells.get(c), widths[c]));
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  private static String targetCell(Target target, String commonYear) {
    if (!target.hasTarget()) {
      return ReportNumbers.MISSING;
    }
    String value = target.isBinary() ? "完成" : ReportNumbers.value(target.targetValue());
    return commonYear.isEmpty() ? value + " (" + target.targetYear() + ")" : value;
  }

  /** Returns "3.0% / 1.7%" for compound growth, "3亿元 / 2亿元" (units a year) for linear. */
  private static String growth(ProgressResult r, String unit) {
    return switch (r.growth()) {
      case COMPOUND -> ReportNumbers.percent(r.actualGrowth()) + " / " + ReportNumbers.percent(r.requiredGrowth());
      case LINEAR -> ReportNumbers.withUnitZh(r.actualGrowth(), unit) + " / "
          + ReportNumbers.withUnitZh(r.requiredGrowth(), unit);
      case NONE -> ReportNumbers.MISSING;
    };
  }

  /** Returns the target year shared by every row, or "" if the rows differ. */
  private static String commonTargetYear(ProgressTable t) {
    List<Integer> years = t.rows().stream().map(r -> r.target().targetYear()).distinct().toList();
    return years.size() == 1 ? Integer.toString(years.get(0)) : "";
  }

  static String notes(ProgressTable t) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < t.rows().size(); i++) {
      ProgressRow row = t.rows().get(i);
      Target target = row.target();
      if (target.alternatives().isEmpty()) {
        continue;
      }
      String alternatives = row.result().alternatives().stream()
          .map(a -> "%s (%s): %s, R %s".formatted(ReportNumbers.value(a.baselineValue()), a.source(),
              a.status().labelEn(), ReportNumbers.ratio(a.ratio())))
          .collect(Collectors.joining("; "));
      out.append("- %d %s: baseline %s used (%s, R %s); alternative %s. %s%n".formatted(i + 1, target.nameZh(),
          ReportNumbers.value(target.baselineValue()), row.result().status().labelEn(),
          ReportNumbers.ratio(row.result().ratio()), alternatives, target.note()));
    }
    Map<ProgressFlag, List<Integer>> byFlag = new LinkedHashMap<>();
    for (ProgressFlag f : ProgressFlag.values()) {
      for (int i = 0; i < t.rows().size(); i++) {
        if (t.rows().get(i).result().has(f)) {
          byFlag.computeIfAbsent(f, k -> new ArrayList<>()).add(i + 1);
        }
      }
    }
    byFlag.forEach((f, rows) -> out.append("- %s (%s): %s; %s%n".formatted(f.code(),
        rows.stream().map(String::valueOf).collect(Collectors.joining(", ")), f.explanationZh(), f.explanationEn())));
    return out.toString();
  }

  private static String ratio(double x) {
    return ReportNumbers.ratio(x);
  }
}
