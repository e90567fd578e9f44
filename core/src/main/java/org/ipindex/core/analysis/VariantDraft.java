package org.ipindex.core.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ipindex.core.build.Params;
import org.ipindex.core.build.Recipe;
import org.ipindex.core.build.StepSpec;

/** A variant being made from the nominal recipe by the choices of one run; not thread-safe. */
final class VariantDraft {
  private final Recipe nominal;
  private final List<StepSpec> steps;
  private final Set<String> excluded = new TreeSet<>();
  private final Map<String, Map<String, Double>> groupWeights = new LinkedHashMap<>();

  VariantDraft(Recipe nominal) {
    this.nominal = nominal;
    this.steps = new ArrayList<>(nominal.steps());
  }

  /** Replaces step {@code index} (0-based) by the same verb with these parameters. */
  void replaceStep(int index, Map<String, Object> params) {
    StepSpec old = steps.get(index);
    steps.set(index, new StepSpec(old.verb(), new Params(old.params().where(), params)));
  }

  void setParameter(int index, String name, Object value) {
    steps.set(index, steps.get(index).with(name, value));
  }

  void exclude(String indicator) {
    excluded.add(indicator);
  }

  /** Sets the weights of a group's children (by code), replacing what the recipe would compute. */
  void weighGroup(String group, Map<String, Double> weights) {
    groupWeights.put(group, weights);
  }

  /**
   * Returns the variant. Group weights become {@code groups: {G: {method: given, weights: …}}}
   * entries of the weight step that the first aggregation follows (a {@code weight: framework}
   * step is inserted before it if the recipe has none, which changes nothing else).
   */
  Variant build() {
    if (!groupWeights.isEmpty()) {
      int aggregate = RecipeSplit.firstAggregate(steps);
      int weight = -1;
      for (int i = 0; i < aggregate; i++) {
        if (StepRef.canonical(steps.get(i).verb()).equals("weight")) {
          weight = i;
        }
      }
      if (weight < 0) {
        steps.add(aggregate, new StepSpec("weight", new Params("uncertainty analysis", Map.of("method", "framework"))));
        weight = aggregate;
      }
      StepSpec w = steps.get(weight);
      Map<String, Object> groups = new LinkedHashMap<>();
      Object existing = w.params().values().get("groups");
      if (existing instanceof Map<?, ?> m) {
        m.forEach((k, v) -> groups.put(String.valueOf(k), v));
      }
      groupWeights.forEach((g, ws) -> {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("method", "given");
        entry.put("weights", ws);
        groups.put(g, entry);
      });
      steps.set(weight, w.with("groups", groups));
    }
    return new Variant(new Recipe(nominal.name(), nominal.evaluationYearOffset(), steps), excluded);
  }
}
