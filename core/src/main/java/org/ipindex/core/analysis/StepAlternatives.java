package org.ipindex.core.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A step of the recipe replaced by one of several alternatives, each the step's complete parameters
 * (method included), e.g. normalisation by {@code {method: minmax, lower: 1, upper: 100}} or
 * {@code {method: zscore, mean: 10, sd: 2}}. The nominal step need not be among them.
 *
 * @param name the input's name
 * @param step the step replaced
 * @param alternatives the parameters of each alternative (copied)
 * @param labels a short label per alternative, used in reports (copied)
 */
public record StepAlternatives(String name, StepRef step, List<Map<String, Object>> alternatives, List<String> labels)
    implements UncertainInput {
  public StepAlternatives {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(step, "step");
    if (alternatives.isEmpty()) {
      throw new IllegalArgumentException("input '%s' needs at least one alternative".formatted(name));
    }
    if (labels.size() != alternatives.size()) {
      throw new IllegalArgumentException("input '%s' has %d labels for %d alternatives"
          .formatted(name, labels.size(), alternatives.size()));
    }
    List<Map<String, Object>> copy = new ArrayList<>();
    alternatives.forEach(a -> copy.add(Collections.unmodifiableMap(new LinkedHashMap<>(a))));
    alternatives = List.copyOf(copy);
    labels = List.copyOf(labels);
  }

  /** Returns alternatives labelled by their method names (numbered where a method repeats). */
  public static StepAlternatives of(String name, StepRef step, List<Map<String, Object>> alternatives) {
    List<String> methods = alternatives.stream().map(a -> String.valueOf(a.get("method"))).toList();
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < methods.size(); i++) {
      String m = methods.get(i);
      labels.add(Collections.frequency(methods, m) > 1 ? m + " " + (methods.subList(0, i + 1).stream()
          .filter(m::equals).count()) : m);
    }
    return new StepAlternatives(name, step, alternatives, labels);
  }

  @Override
  public String kind() {
    return "alternatives";
  }
}
