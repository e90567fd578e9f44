package org.ipindex.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ipindex.app.analysis.AnalysisReport;
import org.ipindex.core.analysis.AuditFlag;
import org.ipindex.core.analysis.AuditReport;
import org.ipindex.core.analysis.CorrelationRow;
import org.ipindex.core.analysis.Experiment;
import org.ipindex.core.analysis.GroupConsistency;
import org.ipindex.core.analysis.IndicatorStatistics;
import org.ipindex.core.analysis.LeaveOneOut;
import org.ipindex.core.analysis.RankStatistics;
import org.ipindex.core.analysis.SensitivityResult;
import org.ipindex.core.analysis.SobolIndices;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Node;

/**
 * Writes an analysis for a terminal: uncertainty as a rank-interval chart (each unit's 5th–95th
 * percentile rank as a bar, its median ●, its nominal rank ○), sensitivity as the Sobol indices with
 * their intervals, the audit as its flags and the indicators that move ranks most.
 */
final class AnalysisText {
  private static final int CHART = 40;

  private AnalysisText() {}

  static String render(AnalysisReport r) {
    StringBuilder out = new StringBuilder(header(r));
    out.append('\n');
    if (r.uncertainty() != null) {
      out.append(intervals(r.experiment(), r.uncertainty().statistics()));
    } else if (r.sensitivity() != null) {
      out.append(sensitivity(r.experiment(), r.sensitivity()));
    } else {
      out.append(audit(r.experiment().framework(), r.audit(), r));
    }
    if (!r.notes().isEmpty()) {
      out.append('\n');
      r.notes().forEach(n -> out.append("note: ").append(n).append('\n'));
    }
    return out.toString();
  }

  private static String header(AnalysisReport r) {
    Experiment e = r.experiment();
    Node target = e.framework().node(e.target());
    String what = switch (r.analysis()) {
      case "uncertainty" -> "Uncertainty analysis";
      case "sensitivity" -> "Sensitivity analysis";
      default -> "Statistical audit";
    };
    String name = target.label().equals(target.code()) ? "" : " " + target.label();
    StringBuilder s = new StringBuilder("%s of %s%s · %d evaluation (%d data) · recipe %s · %d units%n".formatted(
        what, target.code(), name, r.evaluation().evaluationYear(), r.evaluation().dataYear(), e.recipe().name(),
        e.units().size()));
    if (r.about().containsKey("runs")) {
      s.append("%s runs (%s, seed %s)".formatted(r.about().get("runs"), r.about().get("sampler"),
          r.about().get("seed")));
      if (r.about().containsKey("samples")) {
        s.append(" = N %s × (d %d + 2)".formatted(r.about().get("samples"), e.inputs().size()));
      }
      s.append(" · inputs: ").append(e.inputs().stream().map(i -> i.name() + " (" + i.kind() + ")")
          .collect(Collectors.joining(", "))).append('\n');
    }
    return s.toString();
  }

  /** The rank-interval chart, best nominal rank first. */
  static String intervals(Experiment e, List<RankStatistics> statistics) {
    int n = e.units().size();
    List<RankStatistics> sorted = new ArrayList<>(statistics);
    sorted.sort(Comparator.comparingInt(RankStatistics::year).reversed()
        .thenComparingDouble(s -> Double.isNaN(s.nominalRank()) ? Double.MAX_VALUE : s.nominalRank()));
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%s %s %s %7s %6s %6s %13s  %s%n", ExtraText.pad("unit", 8),
        ExtraText.pad("name", 10), e.years().length > 1 ? "year" : "", "score", "rank", "median", "5–95 %",
        "rank 1 … " + n + "   ● median  ○ nominal  ─ 5–95 %"));
    for (RankStatistics s : sorted) {
      out.append(String.format(Locale.ROOT, "%s %s %s %7s %6s %6s %13s  %s%n", ExtraText.pad(s.unitCode(), 8),
          ExtraText.pad(truncate(e.panel().unitName(s.unitCode()), 10), 10), e.years().length > 1 ? s.year() : "",
          ExtraText.num(s.nominalScore()), rank(s.nominalRank()), rank(s.medianRank()),
          "[" + rank(s.lowRank()) + ", " + rank(s.highRank()) + "]", bar(s, n)));
    }
    return out.toString();
  }

  private static String bar(RankStatistics s, int n) {
    if (Double.isNaN(s.lowRank())) {
      return "";
    }
    char[] line = " ".repeat(CHART).toCharArray();
    int lo = column(s.lowRank(), n);
    int hi = column(s.highRank(), n);
    for (int c = lo; c <= hi; c++) {
      line[c] = '─';
    }
    if (!Double.isNaN(s.nominalRank())) {
      line[column(s.nominalRank(), n)] = '○';
    }
    line[column(s.medianRank(), n)] = '●';
    return new String(line).stripTrailing();
  }

  private static int column(double rank, int n) {
    return n <= 1 ? 0 : (int) Math.round((rank - 1) / (n - 1) * (CHART - 1));
  }

  private static String rank(double r) {
    if (Double.isNaN(r)) {
      return "NA";
    }
    return r == Math.rint(r) ? String.valueOf((long) r)
        : new java.math.BigDecimal(String.format(Locale.ROOT, "%.2f", r)).stripTrailingZeros().toPlainString();
  }

  static String sensitivity(Experiment e, SensitivityResult r) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT,
        "Output: mean absolute rank change against the nominal ranks (variance %.4g)%n",
        r.indices().variance()));
    out.append(String.format(Locale.ROOT, "%s %7s %17s %7s %17s  %s%n", ExtraText.pad("input", 16),
        "Si", "5–95 %", "STi", "5–95 %", "STi ▇ (share of the output variance)"));
    for (int i = 0; i < e.inputs().size(); i++) {
      SobolIndices.Index x = r.indices().indices().get(i);
      int width = Double.isNaN(x.total()) ? 0 : (int) Math.round(Math.max(0, Math.min(1, x.total())) * 30);
      out.append(String.format(Locale.ROOT, "%s %7s %17s %7s %17s  %s%n", ExtraText.pad(e.inputs().get(i).name(), 16),
          f3(x.first()), "[" + f3(x.firstLow()) + ", " + f3(x.firstHigh()) + "]", f3(x.total()),
          "[" + f3(x.totalLow()) + ", " + f3(x.totalHigh()) + "]", "▇".repeat(width)));
    }
    out.append("Si: the share of the variance each input explains alone; STi: with its interactions.\n");
    out.append('\n').append("Rank intervals over the runs of A and B:\n").append(intervals(e, r.statistics()));
    return out.toString();
  }

  private static String f3(double x) {
    return Double.isNaN(x) ? "NA" : String.format(Locale.ROOT, "%.3f", x);
  }

  static String audit(Framework f, AuditReport a, AnalysisReport r) {
    StringBuilder out = new StringBuilder();
    out.append("Indicators (%d data):%n".formatted(a.year()));
    List<IndicatorStatistics> flagged = a.indicators().stream().filter(s -> !s.flags().isEmpty()).toList();
    out.append("  %d of %d indicators flagged%n".formatted(flagged.size(), a.indicators().size()));
    for (IndicatorStatistics s : flagged) {
      out.append(String.format(Locale.ROOT, "  %s %s avail %5.1f %%  skew %6s  kurt %7s  outliers %d  %s%n",
          ExtraText.pad(s.code(), 10), ExtraText.pad(truncate(f.node(s.code()).label(), 16), 16),
          100 * s.availability(), ExtraText.num(s.skew()), ExtraText.num(s.kurtosis()),
          s.outliersLow() + s.outliersHigh(), flags(s.flags())));
    }
    List<CorrelationRow> corr = a.correlations().stream().filter(c -> !c.flags().isEmpty()).toList();
    out.append("%nCorrelations flagged: %d of %d%n".formatted(corr.size(), a.correlations().size()));
    for (CorrelationRow c : corr) {
      out.append(String.format(Locale.ROOT, "  %s ~ %s (%s): Pearson %s, Spearman %s  %s%n", c.first(), c.second(),
          c.relation().name().toLowerCase(Locale.ROOT), f3(c.pearson()), f3(c.spearman()), flags(c.flags())));
    }
    out.append("\nGroups: Cronbach's alpha and the variance the first principal component explains\n");
    for (GroupConsistency g : a.groups()) {
      out.append(String.format(Locale.ROOT, "  %s %s %2d children  alpha %6s  PC1 %s%n", ExtraText.pad(g.group(), 10),
          ExtraText.pad(truncate(f.node(g.group()).label(), 16), 16), g.children(), f3(g.alpha()),
          g.explained().isEmpty() ? "NA" : String.format(Locale.ROOT, "%.1f %%", 100 * g.explained().get(0))));
    }
    if (a.leaveOneOut() != null) {
      out.append("\nLeaving one indicator out: the ten that move ranks most (mean |Δrank|, largest)\n");
      a.leaveOneOut().impacts().stream()
          .sorted(Comparator.comparingDouble(LeaveOneOut.Impact::meanAbsoluteRankChange).reversed()).limit(10)
          .forEach(i -> out.append(String.format(Locale.ROOT, "  %s %s %6s  %4s  %s%n",
              ExtraText.pad(i.indicator(), 10),
              ExtraText.pad(truncate(f.node(i.indicator()).label(), 16), 16), f3(i.meanAbsoluteRankChange()),
              rank(i.maxAbsoluteRankChange()), i.unitCode() == null ? ""
                  : r.experiment().panel().unitName(i.unitCode()) + " " + (i.rankChange() > 0 ? "+" : "")
                      + rank(i.rankChange()))));
    }
    return out.toString();
  }

  private static String flags(java.util.Set<AuditFlag> flags) {
    return flags.stream().map(x -> x.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
  }

  private static String truncate(String s, int width) {
    if (ExtraText.width(s) <= width) {
      return s;
    }
    StringBuilder b = new StringBuilder();
    for (int cp : s.codePoints().toArray()) {
      String next = b + new String(Character.toChars(cp));
      if (ExtraText.width(next) > width - 1) {
        break;
      }
      b.appendCodePoint(cp);
    }
    return b + "…";
  }
}
