package org.ipindex.core.build;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Node;
import org.ipindex.core.model.Panel;
import org.ipindex.core.model.ProblemCode;
import org.ipindex.core.result.Results;

/**
 * A panel and a framework with the steps applied to them so far: every dataset each step made, the
 * weights, and a log. Each {@link #apply} returns a new build; nothing is modified. A build can be
 * turned back into its {@link #recipe()} and {@link #replay replayed}, which is how a published
 * result is reproduced and how "what if" variants and sensitivity analysis work.
 *
 * <pre>{@code
 * Build scored = Build.start(panel, framework)
 *     .apply(new Impute(new CarryForward(1)))
 *     .apply(new Normalise(new MinMax(0, 100), new BoundsScope.Pooled()))
 *     .apply(new Aggregate(PerGroup.of(new AggregationRule(new ArithmeticMean(), 0, 0))));
 * Build again = Build.replay(panel, framework, scored.recipe());
 * }</pre>
 */
public final class Build {
  private final Panel input;
  private final Framework framework;
  private final String recipeName;
  private final int evaluationYearOffset;
  private final Map<String, Panel> datasets;
  private final List<LogEntry> log;
  private final WeightPlan plan;
  private final Weights weights;
  private final Panel coverage;
  private final String aggregatedName;

  private Build(Panel input, Framework framework, String recipeName, int evaluationYearOffset,
      Map<String, Panel> datasets, List<LogEntry> log, WeightPlan plan, Weights weights, Panel coverage,
      String aggregatedName) {
    this.input = input;
    this.framework = framework;
    this.recipeName = recipeName;
    this.evaluationYearOffset = evaluationYearOffset;
    this.datasets = datasets;
    this.log = log;
    this.plan = plan;
    this.weights = weights;
    this.coverage = coverage;
    this.aggregatedName = aggregatedName;
  }

  /**
   * Starts a build. The first dataset, {@code raw}, holds the framework's indicators in framework
   * order; other series of {@code panel} (denominators) stay reachable through {@link #input()}.
   *
   * @throws DataException if the panel holds none of the framework's indicators, or no years
   */
  public static Build start(Panel panel, Framework framework) {
    Objects.requireNonNull(panel, "panel");
    Objects.requireNonNull(framework, "framework");
    List<String> codes = framework.indicators().stream().map(Node::code).toList();
    if (codes.stream().noneMatch(panel::hasSeries)) {
      throw DataException.of(ProblemCode.MISSING_DATA, "data",
          "the data hold none of the %d indicators of framework '%s' (e.g. %s); check that the "
              .formatted(codes.size(), framework.name(), codes.subList(0, Math.min(3, codes.size())))
              + "indicator codes of the data match the framework's");
    }
    if (panel.yearCount() == 0 || panel.unitCount() == 0) {
      throw DataException.of(ProblemCode.EMPTY_INPUT, "data", "the data have no units or no years");
    }
    Map<String, Panel> ds = new LinkedHashMap<>();
    ds.put("raw", panel.select(codes));
    return new Build(panel, framework, "recipe", 0, Collections.unmodifiableMap(ds), List.of(),
        WeightPlan.FRAMEWORK, null, null, null);
  }

  /** Replays a recipe on a panel and framework: the same inputs give bit-identical results. */
  public static Build replay(Panel panel, Framework framework, Recipe recipe) {
    Build b = start(panel, framework).named(recipe.name(), recipe.evaluationYearOffset());
    for (int i = 0; i < recipe.steps().size(); i++) {
      b = b.apply(Steps.resolve(recipe.steps().get(i), i + 1));
    }
    return b;
  }

  /** Returns a copy with the recipe's name and evaluation-year offset. */
  public Build named(String name, int offset) {
    return new Build(input, framework, name, offset, datasets, log, plan, weights, coverage, aggregatedName);
  }

  /** Returns a new build with one more step applied. */
  public Build apply(Step step) {
    Outcome o = step.run(this);
    Map<String, Panel> ds = new LinkedHashMap<>(datasets);
    String name = "";
    if (o.dataset() != null) {
      name = uniqueName(step.output());
      ds.put(name, o.dataset());
    }
    List<LogEntry> l = new ArrayList<>(log);
    l.add(new LogEntry(log.size() + 1, step.spec(), name, o.notes()));
    boolean aggregated = o.weights() != null;
    return new Build(input, framework, recipeName, evaluationYearOffset, Collections.unmodifiableMap(ds),
        List.copyOf(l), o.plan() != null ? o.plan() : plan, aggregated ? o.weights() : weights,
        aggregated ? o.coverage() : coverage, aggregated ? name : aggregatedName);
  }

  private String uniqueName(String base) {
    if (!datasets.containsKey(base)) {
      return base;
    }
    int i = 2;
    while (datasets.containsKey(base + i)) {
      i++;
    }
    return base + i;
  }

  /** Returns the steps applied so far as a recipe. */
  public Recipe recipe() {
    return new Recipe(recipeName, evaluationYearOffset, log.stream().map(LogEntry::spec).toList());
  }

  public Framework framework() {
    return framework;
  }

  /** Returns the panel the build started from, with every series (denominators too). */
  public Panel input() {
    return input;
  }

  /** Returns the latest dataset. */
  public Panel current() {
    Panel last = null;
    for (Panel p : datasets.values()) {
      last = p;
    }
    return last;
  }

  /** Returns the datasets by name, in the order made ({@code raw} first). */
  public Map<String, Panel> datasets() {
    return datasets;
  }

  /**
   * Returns a dataset by name.
   *
   * @throws IllegalArgumentException if there is none
   */
  public Panel dataset(String name) {
    Panel p = datasets.get(name);
    if (p == null) {
      throw new IllegalArgumentException("no dataset '" + name + "'; have " + datasets.keySet());
    }
    return p;
  }

  public List<LogEntry> log() {
    return log;
  }

  /** Returns the weighting plan the next aggregation follows. */
  public WeightPlan plan() {
    return plan;
  }

  /** Returns the weights of the latest aggregation, or null before one. */
  public Weights weights() {
    return weights;
  }

  public int evaluationYearOffset() {
    return evaluationYearOffset;
  }

  /** Returns whether an aggregation has run. */
  public boolean aggregated() {
    return aggregatedName != null;
  }

  /**
   * Returns scores, ranks, changes, coverage and contributions of the latest aggregation.
   *
   * @throws IllegalStateException if the recipe has no aggregate step
   */
  public Results results() {
    if (aggregatedName == null) {
      throw new IllegalStateException("the recipe has no aggregate step, so there are no index scores");
    }
    return Results.of(framework, datasets.get(aggregatedName), coverage, weights, evaluationYearOffset);
  }
}
