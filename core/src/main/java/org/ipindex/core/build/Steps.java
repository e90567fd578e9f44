package org.ipindex.core.build;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ipindex.core.aggregate.Aggregators;
import org.ipindex.core.impute.Imputers;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.ProblemCode;
import org.ipindex.core.normalise.Normalisers;
import org.ipindex.core.treat.Treaters;
import org.ipindex.core.weight.Weighter;
import org.ipindex.core.weight.Weighters;

/**
 * Turns recipe steps as written ({@link StepSpec}: a verb and parameters) into typed {@link Step}s,
 * with messages that name the step, the parameter and the allowed values.
 *
 * <p>Verbs: {@code denominate}, {@code impute}, {@code treat}, {@code normalise}, {@code weight},
 * {@code aggregate}. Method names are those of {@link Normalisers}, {@link Imputers},
 * {@link Treaters}, {@link Weighters} and {@link Aggregators}.
 */
public final class Steps {
  /** The verbs a recipe may use, in the order they usually come. */
  public static final List<String> VERBS =
      List.of("denominate", "impute", "treat", "normalise", "weight", "aggregate");

  private Steps() {}

  /**
   * Returns the typed step for a recipe step.
   *
   * @param index 1-based position in the recipe, for messages
   * @throws DataException for an unknown verb, method or parameter
   */
  public static Step resolve(StepSpec spec, int index) {
    String verb = spec.verb().trim().toLowerCase(Locale.ROOT);
    Params p = new Params("recipe step %d (%s)".formatted(index, verb), spec.params().values());
    return switch (verb) {
      case "denominate" -> denominate(p);
      case "impute" -> new Impute(Imputers.create(p.requireString("method"), p.without("method")));
      case "treat" -> treat(p);
      case "normalise", "normalize" -> normalise(p);
      case "weight", "weigh" -> new Weigh(perGroup(p, "equal", Steps::weighter));
      case "aggregate" -> new Aggregate(perGroup(p, "arithmetic", Steps::rule));
      default -> throw DataException.of(ProblemCode.UNKNOWN_METHOD, "recipe step " + index,
          "unknown step '%s'; use one of %s".formatted(spec.verb(), VERBS));
    };
  }

  private static Step denominate(Params p) {
    p.allowOnly(List.of("method", "denominators", "factor"));
    Map<String, String> pairs = new LinkedHashMap<>();
    p.nested("denominators").values().forEach((k, v) -> pairs.put(k, String.valueOf(v)));
    String by = p.string("method", "framework");
    if (!by.equals("framework") && !by.equals("ratio")) {
      throw p.bad("denominate method must be 'framework' (the framework's denominator column) or "
          + "'ratio' (with denominators: {INDICATOR: SERIES}), got '%s'".formatted(by));
    }
    if (by.equals("ratio") && pairs.isEmpty()) {
      throw p.bad("method 'ratio' needs denominators: {INDICATOR: SERIES}");
    }
    return new Denominate(pairs, p.number("factor", 1));
  }

  private static Step treat(Params p) {
    String scope = p.string("scope", "per_year");
    if (!scope.equals("per_year") && !scope.equals("pooled")) {
      throw p.bad("scope must be per_year or pooled, got '%s'".formatted(scope));
    }
    return new Treat(Treaters.create(p.string("method", "winsorise"), p.without("method", "scope")),
        scope.equals("pooled"));
  }

  private static Step normalise(Params p) {
    Map<String, double[]> fixed = new LinkedHashMap<>();
    Params fb = p.nested("fixed_bounds");
    for (String code : fb.values().keySet()) {
      double[] b = fb.numbers(code);
      if (b.length != 2) {
        throw p.bad("fixed_bounds of '%s' must be [lower, upper], got %s".formatted(code, fb.values().get(code)));
      }
      fixed.put(code, b);
    }
    BoundsScope scope;
    try {
      scope = BoundsScope.parse(p.string("bounds", "per_year"), fixed);
    } catch (IllegalArgumentException e) {
      throw p.bad(e.getMessage());
    }
    return new Normalise(
        Normalisers.create(p.requireString("method"), p.without("method", "bounds", "fixed_bounds")), scope);
  }

  private static Weighter weighter(Params p) {
    return Weighters.create(p.requireString("method"), p.without("method"));
  }

  private static AggregationRule rule(Params p) {
    double threshold = p.number("threshold", 0);
    double minCoverage = p.number("min_coverage", 0);
    try {
      return new AggregationRule(
          Aggregators.create(p.requireString("method"), p.without("method", "threshold", "min_coverage")),
          threshold, minCoverage);
    } catch (IllegalArgumentException e) {
      throw p.bad(e.getMessage());
    }
  }

  /** Reads "method + params", optional "levels: {N: …}" and "groups: {CODE: …}"; each entry a method name or a mapping. */
  private static <T> PerGroup<T> perGroup(Params p, String defaultMethod, java.util.function.Function<Params, T> make) {
    Params base = p.without("levels", "groups");
    if (!base.has("method")) {
      base = new Params(base.where(), with(base.values(), "method", defaultMethod));
    }
    T fallback = make.apply(base);
    Map<Integer, T> byLevel = new LinkedHashMap<>();
    Params levels = p.nested("levels");
    for (String key : levels.values().keySet()) {
      int level;
      try {
        level = Integer.parseInt(key.trim());
      } catch (NumberFormatException e) {
        throw levels.bad("level '%s' must be a whole number (1 = indicators, 2 = their parents…)".formatted(key));
      }
      byLevel.put(level, make.apply(entry(levels, key)));
    }
    Map<String, T> byGroup = new LinkedHashMap<>();
    Params groups = p.nested("groups");
    for (String key : groups.values().keySet()) {
      byGroup.put(key, make.apply(entry(groups, key)));
    }
    return new PerGroup<>(fallback, byLevel, byGroup);
  }

  private static Params entry(Params parent, String key) {
    Object v = parent.values().get(key);
    if (v instanceof Map<?, ?>) {
      return parent.nested(key);
    }
    return new Params(parent.where() + " › " + key, Map.of("method", String.valueOf(v)));
  }

  private static Map<String, Object> with(Map<String, Object> m, String k, Object v) {
    Map<String, Object> c = new LinkedHashMap<>(m);
    c.put(k, v);
    return c;
  }

}
