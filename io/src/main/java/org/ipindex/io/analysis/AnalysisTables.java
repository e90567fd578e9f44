package org.ipindex.io.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ipindex.core.analysis.AuditFlag;
import org.ipindex.core.analysis.AuditReport;
import org.ipindex.core.analysis.CorrelationRow;
import org.ipindex.core.analysis.Design;
import org.ipindex.core.analysis.Experiment;
import org.ipindex.core.analysis.GroupConsistency;
import org.ipindex.core.analysis.IndicatorStatistics;
import org.ipindex.core.analysis.LeaveOneOut;
import org.ipindex.core.analysis.RankStatistics;
import org.ipindex.core.analysis.RunOutcome;
import org.ipindex.core.analysis.SensitivityResult;
import org.ipindex.core.analysis.SobolIndices;
import org.ipindex.core.analysis.UncertainInput;
import org.ipindex.core.analysis.UncertaintyResult;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Node;
import org.ipindex.core.model.Panel;

/**
 * Turns analysis results into tables, the first of each list being the main one:
 *
 * <ul>
 *   <li>uncertainty: {@code rank_statistics} (per unit and year: nominal score and rank, mean and
 *       median rank, 5th and 95th percentile rank, the interval's width, mean and 5th–95th percentile
 *       score — the data of a rank-interval chart), {@code runs} (each run's choices and mean absolute
 *       rank change), {@code ranks} (each run's rank of every unit; left out above
 *       {@link #MAX_RANK_CELLS} cells);
 *   <li>sensitivity: {@code sensitivity} (per input S_i and ST_i with 5–95 % bootstrap intervals),
 *       {@code unit_sensitivity}, {@code rank_statistics} (runs of A and B), {@code runs};
 *   <li>audit: {@code indicators}, {@code correlations}, {@code groups} (Cronbach's alpha, variance of
 *       the first component), {@code principal_components}, {@code loadings}, {@code leave_one_out},
 *       {@code leave_one_out_ranks}.
 * </ul>
 *
 * Flags are written in lower case, joined by {@code |}.
 */
public final class AnalysisTables {
  /** The most cells (runs × units × years) the {@code ranks} table of an uncertainty analysis holds. */
  public static final long MAX_RANK_CELLS = 5_000_000;

  private AnalysisTables() {}

  /** Returns the tables of an uncertainty analysis. */
  public static List<Table> uncertainty(UncertaintyResult r) {
    Experiment e = r.experiment();
    List<Table> out = new ArrayList<>();
    out.add(rankStatistics(e, r.statistics()));
    out.add(runs(e, r.design(), r.outcomes(), false));
    if ((long) r.outcomes().size() * e.cellCount() <= MAX_RANK_CELLS) {
      List<String> columns = new ArrayList<>(List.of("run"));
      columns.addAll(cellNames(e));
      List<List<Object>> rows = new ArrayList<>();
      for (int run = 0; run < r.outcomes().size(); run++) {
        List<Object> row = new ArrayList<>(columns.size());
        row.add(run + 1);
        RunOutcome o = r.outcomes().get(run);
        for (int c = 0; c < o.cellCount(); c++) {
          row.add(o.rank(c));
        }
        rows.add(row);
      }
      out.add(new Table("ranks", columns, rows));
    }
    return out;
  }

  /** Returns the tables of a sensitivity analysis. */
  public static List<Table> sensitivity(SensitivityResult r) {
    Experiment e = r.experiment();
    List<Table> out = new ArrayList<>();
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < e.inputs().size(); i++) {
      UncertainInput in = e.inputs().get(i);
      SobolIndices.Index x = r.indices().indices().get(i);
      rows.add(Arrays.asList(in.name(), in.kind(), x.first(), x.firstLow(), x.firstHigh(), x.total(), x.totalLow(),
          x.totalHigh()));
    }
    out.add(new Table("sensitivity", List.of("input", "kind", "si", "si_q05", "si_q95", "sti", "sti_q05", "sti_q95"),
        rows));
    List<List<Object>> units = new ArrayList<>();
    int offset = e.recipe().evaluationYearOffset();
    for (SensitivityResult.UnitIndex u : r.byUnit()) {
      units.add(Arrays.asList(u.unitCode(), e.panel().unitName(u.unitCode()), u.year(), u.year() + offset, u.input(),
          u.first(), u.total()));
    }
    out.add(new Table("unit_sensitivity",
        List.of("unit", "unit_name", "year", "evaluation_year", "input", "si", "sti"), units));
    out.add(rankStatistics(e, r.statistics()));
    out.add(runs(e, r.design(), r.outcomes(), true));
    return out;
  }

  /** Returns the tables of an audit of {@code framework} on {@code panel}'s units. */
  public static List<Table> audit(AuditReport a, Framework framework, Panel panel, int evaluationYearOffset) {
    List<Table> out = new ArrayList<>();
    List<List<Object>> rows = new ArrayList<>();
    for (IndicatorStatistics s : a.indicators()) {
      Node n = framework.node(s.code());
      rows.add(Arrays.asList(s.code(), n.nameZh(), n.nameEn(), n.parentCode(), s.year(), s.units(), s.present(),
          s.availability(), s.min(), s.max(), s.mean(), s.median(), s.sd(), s.skew(), s.kurtosis(), s.outliersLow(),
          s.outliersHigh(), s.zeroShare(), s.uniqueShare(), flags(s.flags())));
    }
    out.add(new Table("indicators", List.of("code", "name_zh", "name_en", "parent", "year", "units", "present",
        "availability", "min", "max", "mean", "median", "sd", "skew", "kurtosis", "outliers_low", "outliers_high",
        "zero_share", "unique_share", "flags"), rows));
    rows = new ArrayList<>();
    for (CorrelationRow c : a.correlations()) {
      rows.add(Arrays.asList(c.first(), c.second(), c.relation().name().toLowerCase(Locale.ROOT), c.pearson(),
          c.spearman(), c.pairs(), flags(c.flags())));
    }
    out.add(new Table("correlations", List.of("first", "second", "relation", "pearson", "spearman", "pairs", "flags"),
        rows));
    List<List<Object>> groups = new ArrayList<>();
    List<List<Object>> components = new ArrayList<>();
    List<List<Object>> loadings = new ArrayList<>();
    for (GroupConsistency g : a.groups()) {
      Node n = framework.node(g.group());
      groups.add(Arrays.asList(g.group(), n.nameZh(), n.nameEn(), g.children(), g.units(), g.alpha(),
          g.explained().isEmpty() ? null : g.explained().get(0)));
      double cumulative = 0;
      for (int k = 0; k < g.explained().size(); k++) {
        cumulative += g.explained().get(k);
        components.add(Arrays.asList(g.group(), k + 1, g.explained().get(k), cumulative));
      }
      g.loadings().forEach((code, l) -> loadings.add(Arrays.asList(g.group(), code, l)));
    }
    out.add(new Table("groups", List.of("group", "name_zh", "name_en", "children", "units", "cronbach_alpha",
        "pc1_variance_share"), groups));
    out.add(new Table("principal_components", List.of("group", "component", "variance_share", "cumulative_share"),
        components));
    out.add(new Table("loadings", List.of("group", "code", "pc1_loading"), loadings));
    if (a.leaveOneOut() != null) {
      rows = new ArrayList<>();
      for (LeaveOneOut.Impact i : a.leaveOneOut().impacts()) {
        Node n = framework.node(i.indicator());
        rows.add(Arrays.asList(i.indicator(), n.nameZh(), n.nameEn(), i.meanAbsoluteRankChange(),
            i.maxAbsoluteRankChange(), i.unitCode(), i.unitCode() == null ? null : panel.unitName(i.unitCode()),
            i.unitCode() == null ? null : i.year(), i.rankChange()));
      }
      out.add(new Table("leave_one_out", List.of("indicator", "name_zh", "name_en", "mean_abs_rank_change",
          "max_abs_rank_change", "most_affected_unit", "unit_name", "year", "rank_change"), rows));
      rows = new ArrayList<>();
      for (LeaveOneOut.Shift s : a.leaveOneOut().shifts()) {
        rows.add(Arrays.asList(s.indicator(), s.unitCode(), panel.unitName(s.unitCode()), s.year(),
            s.year() + evaluationYearOffset, s.nominalRank(), s.rank(), s.change()));
      }
      out.add(new Table("leave_one_out_ranks", List.of("indicator", "unit", "unit_name", "year", "evaluation_year",
          "nominal_rank", "rank", "change"), rows));
    }
    return out;
  }

  /** Returns what a reader of the results needs to know about the run: analysis, node, years, design, inputs. */
  public static Map<String, Object> about(String analysis, Experiment e, Design design) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("analysis", analysis);
    m.put("framework", e.framework().name());
    m.put("recipe", e.recipe().name());
    m.put("target", e.target());
    m.put("years", Arrays.stream(e.years()).boxed().toList());
    m.put("evaluation_years", Arrays.stream(e.years()).map(y -> y
        + e.recipe().evaluationYearOffset()).boxed().toList());
    m.put("units", e.units().size());
    if (design != null) {
      m.put("runs", design.runs());
      m.put("sampler", design.sampler().text());
      m.put("seed", design.seed());
      if (design.baseSize() > 0) {
        m.put("samples", design.baseSize());
      }
    }
    List<Object> inputs = new ArrayList<>();
    for (UncertainInput in : e.inputs()) {
      Map<String, Object> i = new LinkedHashMap<>();
      i.put("name", in.name());
      i.put("kind", in.kind());
      inputs.add(i);
    }
    m.put("inputs", inputs);
    return m;
  }

  private static Table rankStatistics(Experiment e, List<RankStatistics> statistics) {
    List<List<Object>> rows = new ArrayList<>();
    int offset = e.recipe().evaluationYearOffset();
    for (RankStatistics s : statistics) {
      rows.add(Arrays.asList(s.unitCode(), e.panel().unitName(s.unitCode()), s.year(), s.year() + offset,
          s.nominalScore(),
          s.nominalRank(), s.meanRank(), s.medianRank(), s.lowRank(), s.highRank(), s.rankInterval(), s.meanScore(),
          s.lowScore(), s.highScore(), s.ranked()));
    }
    return new Table("rank_statistics", List.of("unit", "unit_name", "year", "evaluation_year", "nominal_score",
        "nominal_rank", "mean_rank", "median_rank", "q05_rank", "q95_rank", "rank_interval", "mean_score", "q05_score",
        "q95_score", "runs_ranked"), rows);
  }

  private static Table runs(Experiment e, Design design, List<RunOutcome> outcomes, boolean blocks) {
    List<String> columns = new ArrayList<>(List.of("run"));
    if (blocks) {
      columns.add("block");
    }
    e.inputs().forEach(in -> columns.add(in.name()));
    columns.add("mean_abs_rank_change");
    List<List<Object>> rows = new ArrayList<>();
    for (int run = 0; run < outcomes.size(); run++) {
      List<Object> row = new ArrayList<>(columns.size());
      row.add(run + 1);
      if (blocks) {
        row.add(design.block(run));
      }
      row.addAll(e.labels(design.point(run)));
      row.add(outcomes.get(run).meanAbsoluteRankChange(e.nominal()));
      rows.add(row);
    }
    return new Table("runs", columns, rows);
  }

  private static List<String> cellNames(Experiment e) {
    List<String> names = new ArrayList<>();
    int[] years = e.years();
    for (int year : years) {
      for (String unit : e.units()) {
        names.add(years.length == 1 ? unit : unit + "@" + year);
      }
    }
    return names;
  }

  private static String flags(Set<AuditFlag> flags) {
    return flags.stream().map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining("|"));
  }
}
