package org.ipindex.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ipindex.app.Evaluation;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Node;
import org.ipindex.core.result.CoverageReport;
import org.ipindex.core.result.GroupStatistics.GroupStat;
import org.ipindex.core.result.Results;
import org.ipindex.io.results.ResultsTable;

/** Writes an evaluation for a terminal: the headline, the ranking table, coverage and group statistics. */
final class EvaluationText {
  private EvaluationText() {}

  static String render(Evaluation e) {
    Results r = e.results();
    Framework f = r.framework();
    Node root = f.root();
    StringBuilder out = new StringBuilder();
    out.append(String.join(" · ", java.util.stream.Stream.of(root.nameZh(), root.nameEn(), root.code())
        .filter(x -> !x.isEmpty()).distinct().limit(2).toList())).append('\n');
    out.append("%d evaluation (%d data) · recipe %s · %d units · %d indicators%n".formatted(
        e.evaluationYear(), e.dataYear(), e.recipe().name(), r.units().size(), f.indicators().size()));
    out.append('\n');
    List<String> codes = new ArrayList<>();
    codes.add(root.code());
    f.children(root.code()).forEach(c -> codes.add(c.code()));
    out.append(ResultsTable.render(r, e.dataYear(), codes));
    out.append('\n');
    out.append(coverage(e.coverage(), f));
    if (!e.groups().isEmpty()) {
      out.append('\n').append(groups(e));
    }
    if (!e.notes().isEmpty()) {
      out.append('\n');
      e.notes().forEach(n -> out.append("note: ").append(n).append('\n'));
    }
    return out.toString();
  }

  static String coverage(CoverageReport c, Framework f) {
    StringBuilder out = new StringBuilder();
    int total = c.indicators().size();
    int withData = total - c.absent().size();
    out.append("Coverage %d: %d of %d indicators have data, carrying %s of the index weight.%n".formatted(
        c.year(), withData, total, percent(1 - c.absentWeight())));
    if (!c.absent().isEmpty()) {
      out.append("  No data (%d indicators, %s of the weight; the index rests on the others): %s%n".formatted(
          c.absent().size(), percent(c.absentWeight()), list(c.absent(), f, 12)));
    }
    if (!c.partial().isEmpty()) {
      out.append("  Missing for some units: %s%n".formatted(c.partial().stream()
          .map(i -> "%s (%d of %d units)".formatted(i.code(), i.missing(), c.units()))
          .collect(Collectors.joining(", "))));
    }
    if (c.carriedForward() > 0) {
      out.append("  %d values carried forward from the previous year (flagged in the results)%n".formatted(c.carriedForward()));
    }
    if (c.imputed() > 0) {
      out.append("  %d values imputed (flagged in the results)%n".formatted(c.imputed()));
    }
    return out.toString();
  }

  private static String list(List<CoverageReport.IndicatorCoverage> items, Framework f, int max) {
    String shown = items.stream().limit(max).map(i -> i.code() + " " + f.node(i.code()).label())
        .collect(Collectors.joining(", "));
    return items.size() > max ? shown + " … and " + (items.size() - max) + " more" : shown;
  }

  static String groups(Evaluation e) {
    StringBuilder out = new StringBuilder();
    out.append("Groups (%s), %d data:%n".formatted(e.groupBy(), e.dataYear()));
    out.append(String.format(Locale.ROOT, "  %-14s %5s %8s %8s %8s %8s %6s %8s  %s%n",
        "group", "units", "mean", "median", "min", "max", ">80", "change", "leading"));
    for (GroupStat g : e.groups()) {
      out.append(String.format(Locale.ROOT, "  %s %5d %8s %8s %8s %8s %6d %8s  %s%n",
          pad(g.group(), 14), g.present(), num(g.mean()), num(g.median()), num(g.min()), num(g.max()),
          g.aboveThreshold(), num(g.meanChange()),
          g.top().stream().map(u -> e.results().scores().unitName(u)).collect(Collectors.joining("、"))));
    }
    return out.toString();
  }

  private static String pad(String s, int width) {
    return ExtraText.pad(s, width);
  }

  private static String num(double x) {
    return ExtraText.num(x);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f %%", 100 * share);
  }
}
