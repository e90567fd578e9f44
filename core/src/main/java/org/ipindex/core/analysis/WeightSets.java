package org.ipindex.core.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One of several weight sets, each weights by node code (relative to siblings, rescaled to sum to 1
 * by the aggregation), e.g. the 100 noisy weight sets of COINr's case 09. A set gives the weights of
 * every group whose children it names; such a group must have all its children named.
 *
 * @param name the input's name
 * @param sets the weight sets (copied)
 * @param labels a label per set (copied)
 */
public record WeightSets(String name, List<Map<String, Double>> sets, List<String> labels) implements UncertainInput {
  public WeightSets {
    Objects.requireNonNull(name, "name");
    if (sets.isEmpty()) {
      throw new IllegalArgumentException("input '%s' needs at least one weight set".formatted(name));
    }
    if (labels.size() != sets.size()) {
      throw new IllegalArgumentException("input '%s' has %d labels for %d weight sets"
          .formatted(name, labels.size(), sets.size()));
    }
    List<Map<String, Double>> copy = new ArrayList<>();
    for (Map<String, Double> s : sets) {
      if (s.isEmpty()) {
        throw new IllegalArgumentException("input '%s' has an empty weight set".formatted(name));
      }
      s.forEach((code, w) -> {
        if (w == null || !(w >= 0) || Double.isInfinite(w)) {
          throw new IllegalArgumentException(
              "input '%s': the weight of '%s' must be a finite number >= 0, got %s".formatted(name, code, w));
        }
      });
      copy.add(Collections.unmodifiableMap(new LinkedHashMap<>(s)));
    }
    sets = List.copyOf(copy);
    labels = List.copyOf(labels);
  }

  @Override
  public String kind() {
    return "weight_sets";
  }
}
