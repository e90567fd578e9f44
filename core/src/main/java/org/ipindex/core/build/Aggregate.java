package org.ipindex.core.build;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ipindex.core.aggregate.Aggregator;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Node;
import org.ipindex.core.model.Panel;
import org.ipindex.core.model.Problem;
import org.ipindex.core.model.ProblemCode;
import org.ipindex.core.weight.WeightInput;
import org.ipindex.core.weight.Weighter;

/**
 * Aggregates indicator scores up the framework, group by group from the lowest level, with the rule
 * of each group ({@link AggregationRule}: method, availability threshold, minimum coverage) and the
 * weights of the latest weighting plan. Missing children are skipped and the remaining weights
 * rescaled. Also computes each node's coverage: the share of its weight resting on observed values.
 *
 * <p>The dataset it makes holds every node of the framework (indicators first as they were, then
 * groups); {@link Build#results()} turns it into ranks, changes and the rest.
 */
public record Aggregate(PerGroup<AggregationRule> rules) implements Step {
  @Override
  public String verb() {
    return "aggregate";
  }

  @Override
  public String output() {
    return "aggregated";
  }

  @Override
  public StepSpec spec() {
    Map<String, Object> m = new LinkedHashMap<>(describe(rules.fallback()));
    if (!rules.byLevel().isEmpty()) {
      Map<String, Object> levels = new LinkedHashMap<>();
      rules.byLevel().forEach((k, v) -> levels.put(String.valueOf(k), describe(v)));
      m.put("levels", levels);
    }
    if (!rules.byGroup().isEmpty()) {
      Map<String, Object> groups = new LinkedHashMap<>();
      rules.byGroup().forEach((k, v) -> groups.put(k, describe(v)));
      m.put("groups", groups);
    }
    return new StepSpec(verb(), new Params("", m));
  }

  private static Map<String, Object> describe(AggregationRule r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("method", r.aggregator().name());
    m.putAll(Describe.params(r.aggregator()));
    if (r.threshold() > 0) {
      m.put("threshold", r.threshold());
    }
    if (r.minCoverage() > 0) {
      m.put("min_coverage", r.minCoverage());
    }
    return m;
  }

  @Override
  public Outcome run(Build build) {
    Framework fw = build.framework();
    Panel in = build.current();
    List<String> codes = fw.nodes().stream().map(Node::code).toList();
    int units = in.unitCount();
    int yearCount = in.yearCount();
    int[] years = in.years();
    int cells = units * yearCount;
    Panel.Builder scores = Panel.builder(in.units(), codes, years).groupings(in.groupings()).unitNames(in.unitNames());
    Panel.Builder coverage = Panel.builder(in.units(), codes, years);
    // score and coverage of every node, as [node][year*units + unit]
    Map<String, double[]> value = new LinkedHashMap<>();
    Map<String, double[]> covered = new LinkedHashMap<>();
    for (Node n : fw.indicators()) {
      int to = scores.seriesIndex(n.code());
      int s = in.seriesIndex(n.code());
      double[] v = new double[cells];
      double[] c = new double[cells];
      if (s < 0) {
        Arrays.fill(v, Double.NaN);
      } else {
        scores.copySeries(in, s, to);
        for (int y = 0; y < yearCount; y++) {
          in.copyVectorInto(s, y, v, y * units);
          for (int u = 0; u < units; u++) {
            c[y * units + u] = in.flagKind(u, s, y).observed() ? 1 : 0;
          }
          coverage.setVector(to, y, c, y * units);
        }
      }
      value.put(n.code(), v);
      covered.put(n.code(), c);
    }
    WeightPlan plan = build.plan();
    Map<String, Double> weights = new LinkedHashMap<>();
    weights.put(fw.root().code(), 1.0);
    List<String> notes = new ArrayList<>();
    for (Node g : fw.groupsBottomUp()) {
      List<Node> kids = fw.children(g.code());
      double[][] childScores = new double[kids.size()][];
      double[][] childCover = new double[kids.size()][];
      for (int i = 0; i < kids.size(); i++) {
        childScores[i] = value.get(kids.get(i).code());
        childCover[i] = covered.get(kids.get(i).code());
      }
      Weighter weighter = plan.weighters().forGroup(fw, g);
      double[] w = weighter.weights(new WeightInput(fw, g, kids, childScores));
      checkWeights(g, kids, w, weighter);
      for (int i = 0; i < kids.size(); i++) {
        weights.put(kids.get(i).code(), w[i]);
      }
      AggregationRule rule = rules.forGroup(fw, g);
      double[] v = new double[cells];
      double[] c = new double[cells];
      aggregateGroup(in, g, kids, childScores, childCover, w, rule, v, c);
      value.put(g.code(), v);
      covered.put(g.code(), c);
      int to = scores.seriesIndex(g.code());
      for (int y = 0; y < yearCount; y++) {
        scores.setVector(to, y, v, y * units);
        coverage.setVector(to, y, c, y * units);
      }
    }
    notes.add("aggregated %d groups by %s".formatted(fw.groupsBottomUp().size(), rules.fallback().aggregator().name()));
    return new Outcome(scores.build(), coverage.build(), new Weights(weights), null, notes);
  }

  private static void checkWeights(Node g, List<Node> kids, double[] w, Weighter weighter) {
    if (w.length != kids.size()) {
      throw new IllegalStateException("%s returned %d weights for %d children of %s"
          .formatted(weighter.name(), w.length, kids.size(), g.code()));
    }
    double sum = 0;
    for (double x : w) {
      if (!(x >= 0) || Double.isInfinite(x)) {
        throw new IllegalStateException("%s returned weight %s for a child of %s".formatted(weighter.name(), x, g.code()));
      }
      sum += x;
    }
    if (Math.abs(sum - 1) > 1e-9) {
      throw new IllegalStateException("%s returned weights summing to %s for %s".formatted(weighter.name(), sum, g.code()));
    }
  }

  private static void aggregateGroup(Panel in, Node g, List<Node> kids, double[][] childScores,
      double[][] childCover, double[] w, AggregationRule rule, double[] out, double[] cover) {
    Aggregator agg = rule.aggregator();
    int n = kids.size();
    int units = in.unitCount();
    double[] vals = new double[n];
    double[] ws = new double[n];
    List<Problem> problems = new ArrayList<>();
    for (int k = 0; k < out.length; k++) {
      int m = 0;
      int present = 0;
      double cov = 0;
      for (int i = 0; i < n; i++) {
        double x = childScores[i][k];
        cov += w[i] * childCover[i][k];
        if (Double.isNaN(x)) {
          continue;
        }
        present++;
        if (w[i] == 0) {
          continue;
        }
        if (agg.needsPositive() && !(x > 0)) {
          if (problems.size() < 20) {
            problems.add(new Problem(ProblemCode.NON_POSITIVE_VALUE,
                "group %s, unit %s, year %d".formatted(g.code(), in.units().get(k % units), in.year(k / units)),
                ("%s mean needs positive values, but '%s' is %s for unit '%s' in %d; normalise to a "
                    + "positive range (e.g. minmax with lower: 1) or use the arithmetic mean")
                    .formatted(capitalise(agg.name()), kids.get(i).code(), fmt(x),
                        in.units().get(k % units), in.year(k / units))));
          }
          continue;
        }
        vals[m] = x;
        ws[m] = w[i];
        m++;
      }
      cover[k] = cov;
      boolean enough = present > 0 && (double) present / n >= rule.threshold() && cov >= rule.minCoverage() - 1e-12;
      if (m == 0 || !enough) {
        out[k] = Double.NaN;
      } else {
        out[k] = agg.apply(java.util.Arrays.copyOf(vals, m), java.util.Arrays.copyOf(ws, m));
      }
    }
    if (!problems.isEmpty()) {
      throw new DataException(problems);
    }
  }

  private static String capitalise(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  private static String fmt(double x) {
    return String.format(Locale.ROOT, "%s", x);
  }
}
