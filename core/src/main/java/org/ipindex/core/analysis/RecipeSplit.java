package org.ipindex.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.ipindex.core.build.Recipe;
import org.ipindex.core.build.Step;
import org.ipindex.core.build.StepSpec;
import org.ipindex.core.build.Weigh;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.ProblemCode;
import org.ipindex.core.weight.Weighter;

/**
 * A recipe split for fast replay into the steps that make datasets before the first aggregation
 * (the prefix, shared by many runs and cached) and the weighting and aggregation steps (the tail,
 * run for every run). A weight step only chooses the plan the next aggregation follows, so moving it
 * after dataset steps changes nothing; the split is refused (every run replays the whole recipe)
 * when a dataset step comes after an aggregation.
 *
 * <p>Two further shortcuts are taken only where they are exact, by a list of known methods (a method
 * not listed simply takes the slow path):
 *
 * <ul>
 *   <li><b>year-local tail</b> — every weighting method of the tail looks at no data
 *       ({@link #YEAR_LOCAL_WEIGHTERS}), so each unit and year aggregates on its own and the tail can
 *       run on the analysed years only;
 *   <li><b>indicator-local prefix</b> — every prefix method treats each indicator on its own
 *       ({@link #INDICATOR_LOCAL}), so leaving an indicator out changes no other indicator's values
 *       and the prefix is shared by runs that leave out different indicators.
 * </ul>
 */
final class RecipeSplit {
  /** Weighting methods that use no scores (entropy and PCA pool all years' scores, so they are not here). */
  static final Set<String> YEAR_LOCAL_WEIGHTERS = Set.of("equal", "framework", "leaf_count", "ahp", "given");

  /** Dataset-step methods, by verb, that compute each indicator from its own values only. */
  static final Map<String, Set<String>> INDICATOR_LOCAL = Map.of(
      "denominate", Set.of("framework", "ratio"),
      "impute", Set.of("carry_forward", "linear", "mean", "median", "group_mean", "group_median", "none"),
      "treat", Set.of("winsorise", "log", "boxcox"),
      "normalise", Set.of("minmax", "efficacy", "zscore", "rank", "percentile_rank", "borda", "distance_to_max",
          "fraction_of_max", "distance_to_target", "goalposts", "base_year_index"));

  private static final Map<String, String> DEFAULT_METHOD = Map.of("denominate", "framework", "treat", "winsorise");

  final List<Integer> prefix;
  final List<Integer> tail;
  final boolean splittable;

  private RecipeSplit(List<Integer> prefix, List<Integer> tail, boolean splittable) {
    this.prefix = List.copyOf(prefix);
    this.tail = List.copyOf(tail);
    this.splittable = splittable;
  }

  /**
   * Returns the index of the first aggregate step.
   *
   * @throws DataException if there is none (a recipe without aggregation gives no index to rank)
   */
  static int firstAggregate(List<StepSpec> steps) {
    for (int i = 0; i < steps.size(); i++) {
      if (StepRef.canonical(steps.get(i).verb()).equals("aggregate")) {
        return i;
      }
    }
    throw DataException.of(ProblemCode.BAD_PARAMETER, "recipe",
        "the recipe has no aggregate step, so there is no index to rank; add '- step: aggregate'");
  }

  static RecipeSplit of(Recipe recipe) {
    List<StepSpec> steps = recipe.steps();
    int first = firstAggregate(steps);
    List<Integer> prefix = new ArrayList<>();
    List<Integer> tail = new ArrayList<>();
    for (int i = 0; i < first; i++) {
      (StepRef.canonical(steps.get(i).verb()).equals("weight") ? tail : prefix).add(i);
    }
    boolean splittable = true;
    for (int i = first; i < steps.size(); i++) {
      String verb = StepRef.canonical(steps.get(i).verb());
      splittable &= verb.equals("weight") || verb.equals("aggregate");
      tail.add(i);
    }
    return new RecipeSplit(prefix, tail, splittable);
  }

  /** Returns whether every prefix step is known to treat each indicator on its own. */
  boolean indicatorLocal(Recipe recipe) {
    for (int i : prefix) {
      StepSpec s = recipe.steps().get(i);
      String verb = StepRef.canonical(s.verb());
      Object method = s.params().values().getOrDefault("method", DEFAULT_METHOD.get(verb));
      if (method == null || !INDICATOR_LOCAL.getOrDefault(verb, Set.of()).contains(String.valueOf(method))) {
        return false;
      }
    }
    return true;
  }

  /** Returns whether every weighting method of the resolved tail steps uses no scores. */
  static boolean yearLocal(List<Step> tailSteps) {
    for (Step s : tailSteps) {
      if (s instanceof Weigh w) {
        Stream<Weighter> all = Stream.concat(Stream.of(w.weighters().fallback()),
            Stream.concat(w.weighters().byLevel().values().stream(), w.weighters().byGroup().values().stream()));
        if (!all.allMatch(x -> YEAR_LOCAL_WEIGHTERS.contains(x.name()))) {
          return false;
        }
      }
    }
    return true;
  }
}
