package org.ipindex.core.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ipindex.core.build.Build;
import org.ipindex.core.build.Recipe;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Panel;
import org.ipindex.core.model.ProblemCode;

/**
 * A recipe on a panel and framework, with uncertain inputs: what a run of a robustness analysis
 * evaluates. A run is a point of the unit hypercube, one coordinate per input dimension
 * ({@link #dimensions()}); the point picks a value for every input, the inputs edit the recipe (and
 * leave indicators out of the framework), and the engine replays the edited recipe. The run reports
 * the score and rank of the analysed node (the index, by default) for every unit in every analysed
 * year. Pooled (panel-wide) normalisation replays like any other step, because the whole panel is
 * replayed.
 *
 * <p>Runs are pure and independent: {@link #evaluate(double[])} gives the same outcome for the same
 * point on any thread, in any order, and is safe to call from many threads at once. Shared work
 * (the steps before aggregation that several runs have in common) is computed once and kept; see
 * {@link Replayer}.
 *
 * <p>Example: {@code ExperimentTest#a_run_equals_replaying_its_variant}.
 */
public final class Experiment {
  private final Panel panel;
  private final Framework framework;
  private final Recipe recipe;
  private final String target;
  private final int[] years;
  private final List<UncertainInput> inputs;
  private final List<Factor> factors;
  private final int[] dimensionsByInput;
  private final int dimensions;
  private final Replayer replayer;
  private final RunOutcome nominal;

  private Experiment(Panel panel, Framework framework, Recipe recipe, String target, int[] years,
      List<UncertainInput> inputs) {
    this.panel = panel;
    this.framework = framework;
    this.recipe = recipe;
    this.target = target;
    this.years = years;
    this.inputs = List.copyOf(inputs);
    Build nominalBuild = Build.replay(panel, framework, recipe);
    if (!nominalBuild.aggregated()) {
      RecipeSplit.firstAggregate(recipe.steps());
    }
    this.factors = new ArrayList<>();
    for (UncertainInput input : inputs) {
      factors.add(Factors.compile(input, recipe, framework, nominalBuild.weights()));
    }
    this.dimensionsByInput = factors.stream().mapToInt(Factor::dimensions).toArray();
    this.dimensions = Arrays.stream(dimensionsByInput).sum();
    this.replayer = new Replayer(panel, framework, target, years);
    this.nominal = replayer.evaluate(Variant.of(recipe));
  }

  /**
   * Returns an experiment.
   *
   * @param target the node whose ranks are analysed, or null for the index (the framework's root)
   * @param years the analysed data years, ascending; empty for the panel's latest year
   * @throws DataException if the target or a year is unknown, two inputs vary the same thing, an
   *     input names a step, node or indicator that does not exist, or the nominal recipe fails
   */
  public static Experiment of(Panel panel, Framework framework, Recipe recipe, String target, int[] years,
      List<UncertainInput> inputs) {
    Objects.requireNonNull(panel, "panel");
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(recipe, "recipe");
    String node = target == null ? framework.root().code() : target;
    if (!framework.contains(node)) {
      throw DataException.of(ProblemCode.BAD_PARAMETER, "target " + node,
          "'%s' is not a node of framework '%s'; name the index or a group, e.g. '%s'"
              .formatted(node, framework.name(), framework.root().code()));
    }
    int[] analysed = years.length == 0 ? new int[] {panel.year(panel.yearCount() - 1)} : years.clone();
    for (int i = 0; i < analysed.length; i++) {
      if (panel.yearIndex(analysed[i]) < 0) {
        throw DataException.of(ProblemCode.BAD_PARAMETER, "years " + analysed[i],
            "the data have no year %d; they cover %s".formatted(analysed[i], Arrays.toString(panel.years())));
      }
      if (i > 0 && analysed[i] <= analysed[i - 1]) {
        throw DataException.of(ProblemCode.BAD_PARAMETER, "years " + Arrays.toString(analysed),
            "list each analysed year once, ascending");
      }
    }
    checkConflicts(inputs);
    for (UncertainInput in : inputs) {
      if (in instanceof IndicatorExclusion e && e.indicators().contains(node)) {
        throw DataException.of(ProblemCode.BAD_PARAMETER, "uncertain input '%s'".formatted(in.name()),
            "the analysed node '%s' cannot be left out".formatted(node));
      }
    }
    return new Experiment(panel, framework, recipe, node, analysed, inputs);
  }

  private static void checkConflicts(List<UncertainInput> inputs) {
    Set<String> names = new HashSet<>();
    Set<String> edited = new HashSet<>();
    int weightInputs = 0;
    boolean weightStepAlternatives = false;
    for (UncertainInput in : inputs) {
      String where = "uncertain input '%s'".formatted(in.name());
      if (!names.add(in.name())) {
        throw DataException.of(ProblemCode.DUPLICATE_KEY, where,
            "two inputs are named '%s'; give each its own name".formatted(in.name()));
      }
      String what = in instanceof StepAlternatives a ? a.step() + " (whole step)"
          : in instanceof ParameterValues v ? v.step() + " " + v.parameter()
          : in instanceof ParameterRange r ? r.step() + " " + r.parameter() : null;
      if (what != null && !edited.add(what)) {
        throw DataException.of(ProblemCode.BAD_PARAMETER, where,
            "another input already varies %s; merge them into one".formatted(what));
      }
      if (in instanceof WeightNoise || in instanceof WeightSets) {
        weightInputs++;
      }
      weightStepAlternatives |= in instanceof StepAlternatives a && "weight".equals(a.step().verb());
    }
    if (weightInputs > 1 || (weightInputs == 1 && weightStepAlternatives)) {
      throw DataException.of(ProblemCode.BAD_PARAMETER, "uncertain inputs",
          "several inputs set the weights (weight noise, weight sets, alternatives of the weight step); "
              + "keep one of them");
    }
  }

  public Panel panel() {
    return panel;
  }

  public Framework framework() {
    return framework;
  }

  /** Returns the nominal recipe. */
  public Recipe recipe() {
    return recipe;
  }

  /** Returns the code of the analysed node. */
  public String target() {
    return target;
  }

  /** Returns the analysed data years (a copy). */
  public int[] years() {
    return years.clone();
  }

  public List<String> units() {
    return panel.units();
  }

  /** Returns the number of analysed cells: units × years. */
  public int cellCount() {
    return panel.unitCount() * years.length;
  }

  public List<UncertainInput> inputs() {
    return inputs;
  }

  /** Returns the number of coordinates of a point. */
  public int dimensions() {
    return dimensions;
  }

  /** Returns the number of coordinates each input reads (a copy). */
  public int[] dimensionsByInput() {
    return dimensionsByInput.clone();
  }

  /** Returns the outcome of the nominal recipe. */
  public RunOutcome nominal() {
    return nominal;
  }

  /**
   * Returns the variant a point means.
   *
   * @throws IllegalArgumentException if the point has the wrong length or a coordinate outside [0, 1]
   */
  public Variant variant(double[] point) {
    VariantDraft draft = new VariantDraft(recipe);
    List<Factor.Choice> choices = choices(point);
    choices.stream().sorted(Comparator.comparingInt(Factor.Choice::phase)).forEach(c -> c.edit().accept(draft));
    return draft.build();
  }

  /** Returns the label of each input's value at a point, in input order. */
  public List<String> labels(double[] point) {
    return choices(point).stream().map(Factor.Choice::label).toList();
  }

  /** Returns "name=label, …" of each input's value at a point, for messages. */
  public String describe(double[] point) {
    List<String> labels = labels(point);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < labels.size(); i++) {
      s.append(i == 0 ? "" : ", ").append(inputs.get(i).name()).append('=').append(labels.get(i));
    }
    return s.toString();
  }

  private List<Factor.Choice> choices(double[] point) {
    if (point.length != dimensions) {
      throw new IllegalArgumentException("a point needs %d coordinates, got %d".formatted(dimensions, point.length));
    }
    List<Factor.Choice> out = new ArrayList<>(factors.size());
    int offset = 0;
    for (Factor f : factors) {
      out.add(f.choose(point, offset));
      offset += f.dimensions();
    }
    return out;
  }

  /** Evaluates the variant a point means. */
  public RunOutcome evaluate(double[] point) {
    return evaluate(variant(point));
  }

  /**
   * Evaluates a variant: the same numbers as {@link Variant#replay} gives, faster.
   *
   * @throws DataException if the variant's recipe fails on the data (e.g. a geometric mean of a
   *     negative score)
   */
  public RunOutcome evaluate(Variant variant) {
    return replayer.evaluate(variant);
  }
}
