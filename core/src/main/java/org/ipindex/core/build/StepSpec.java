package org.ipindex.core.build;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One step of a recipe as written: a verb ({@code impute}, {@code normalise}…) and its parameters,
 * including {@code method}. A {@link Recipe} is a list of these; {@link Steps#resolve} turns one into
 * a typed {@link Step}.
 */
public record StepSpec(String verb, Params params) {
  public StepSpec {
    Objects.requireNonNull(verb, "verb");
    Objects.requireNonNull(params, "params");
  }

  /** Returns the parameters as a plain map, verb first, for writing a recipe file. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("step", verb);
    m.putAll(params.values());
    return m;
  }

  /** Returns a copy with one parameter set (used to make variants of a recipe). */
  public StepSpec with(String name, Object value) {
    Map<String, Object> m = new LinkedHashMap<>(params.values());
    m.put(name, value);
    return new StepSpec(verb, new Params(params.where(), m));
  }
}
