package org.ipindex.cli;

import java.util.Locale;
import java.util.stream.Collectors;
import org.ipindex.app.Evaluation;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Node;
import org.ipindex.core.result.ChangeBreakdown;
import org.ipindex.core.result.Profile;
import org.ipindex.core.result.Results;

/** Writes one unit's profile: every group's score, rank, change and coverage; strengths and weaknesses; what drove the change. */
final class UnitText {
  private UnitText() {}

  static String render(Evaluation e, String unit) {
    Results r = e.results();
    Framework f = r.framework();
    int year = e.dataYear();
    StringBuilder out = new StringBuilder();
    out.append("%s (%s) · %d evaluation (%d data)%n".formatted(r.scores().unitName(unit), unit, e.evaluationYear(), year));
    out.append(String.format(Locale.ROOT, "  %-6s %s %8s %7s %8s %9s%n", "code", ExtraText.pad("name", 28),
        "score", "rank", "change", "coverage"));
    for (Node n : f.nodes()) {
      if (f.isIndicator(n.code())) {
        continue;
      }
      int depth = f.ancestry(n.code()).size() - 1;
      out.append(String.format(Locale.ROOT, "  %-6s %s %8s %7s %8s %8.1f%%%n", n.code(),
          ExtraText.pad("  ".repeat(depth) + n.label(), 28), ExtraText.num(r.score(unit, n.code(), year)),
          rank(r.rank(unit, n.code(), year), r.units().size()), ExtraText.signed(r.change(unit, n.code(), year)),
          100 * r.coverage(unit, n.code(), year)));
    }
    Profile p = r.profile(unit, year, 5);
    out.append("Strengths:  ").append(standings(p.strengths(), f, r.units().size())).append('\n');
    out.append("Weaknesses: ").append(standings(p.weaknesses(), f, r.units().size())).append('\n');
    ChangeBreakdown b = r.breakdown(unit, f.root().code(), year);
    if (!Double.isNaN(b.total())) {
      out.append("Change of %s against %d: %s points = %s%s%n".formatted(f.root().code(), year - 1,
          ExtraText.signed(b.total()),
          b.contributions().stream().limit(6).map(c -> "%s %s".formatted(c.indicatorCode(), ExtraText.signed(c.contribution())))
              .collect(Collectors.joining(" ")),
          (b.contributions().size() > 6 ? " … (%d more)".formatted(b.contributions().size() - 6) : "")
              + (Math.abs(b.residual()) > 5e-3 ? " · not explained by single indicators: " + ExtraText.signed(b.residual()) : "")));
    }
    return out.toString();
  }

  private static String rank(double rank, int n) {
    return Double.isNaN(rank) ? "NA" : "%d/%d".formatted((long) rank, n);
  }

  private static String standings(java.util.List<Profile.Standing> list, Framework f, int n) {
    if (list.isEmpty()) {
      return "(too few indicators with data)";
    }
    return list.stream().map(s -> "%s %s (%s)".formatted(s.indicatorCode(), f.node(s.indicatorCode()).label(),
        rank(s.rank(), n))).collect(Collectors.joining("; "));
  }
}
