package org.ipindex.core.build;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipindex.core.weight.Weighter;

/**
 * Chooses how the weights of each group's children are set; the next {@link Aggregate} step
 * computes them, bottom-up, so data-driven methods (entropy, PCA) see the scores of the level below.
 */
public record Weigh(PerGroup<Weighter> weighters) implements Step {
  @Override
  public String verb() {
    return "weight";
  }

  @Override
  public String output() {
    return "weighted";
  }

  @Override
  public StepSpec spec() {
    Map<String, Object> m = new LinkedHashMap<>(describe(weighters.fallback()));
    if (!weighters.byLevel().isEmpty()) {
      Map<String, Object> levels = new LinkedHashMap<>();
      weighters.byLevel().forEach((k, v) -> levels.put(String.valueOf(k), describe(v)));
      m.put("levels", levels);
    }
    if (!weighters.byGroup().isEmpty()) {
      Map<String, Object> groups = new LinkedHashMap<>();
      weighters.byGroup().forEach((k, v) -> groups.put(k, describe(v)));
      m.put("groups", groups);
    }
    return new StepSpec(verb(), new Params("", m));
  }

  static Map<String, Object> describe(Weighter w) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("method", w.name());
    m.putAll(Describe.params(w));
    return m;
  }

  @Override
  public Outcome run(Build build) {
    return new Outcome(null, null, null, new WeightPlan(weighters),
        List.of("weights: " + weighters.fallback().name()
            + (weighters.byLevel().isEmpty() ? "" : ", by level " + weighters.byLevel().keySet())
            + (weighters.byGroup().isEmpty() ? "" : ", by group " + weighters.byGroup().keySet())));
  }
}
