package org.ipindex.core.analysis;

import java.util.List;
import java.util.Objects;

/**
 * The nominal weights of some nodes, each multiplied by its own factor {@code 1 + noise·(2u − 1)},
 * uniform in [1 − noise, 1 + noise] (COINr's {@code get_noisy_weights}; the JRC audits use ±25 %).
 * The nodes are those at the given levels (as the framework counts them: 1 = indicators) and those
 * named; the root has no weight and is never perturbed. One coordinate per node, so a Sobol
 * sequence covers the weight space; for sensitivity analysis the nodes move together as one input.
 *
 * <p>The nominal weights are those the nominal recipe computes (siblings summing to 1); a perturbed
 * group's siblings are rescaled to sum to 1 again by the aggregation.
 *
 * @param name the input's name
 * @param levels levels whose nodes' weights are perturbed (copied)
 * @param nodes further nodes whose weights are perturbed (copied)
 * @param noise the half-width of the relative noise, in (0, 1], e.g. 0.25 for ±25 %
 */
public record WeightNoise(String name, List<Integer> levels, List<String> nodes,
    double noise) implements UncertainInput {
  public WeightNoise {
    Objects.requireNonNull(name, "name");
    levels = List.copyOf(levels);
    nodes = List.copyOf(nodes);
    if (levels.isEmpty() && nodes.isEmpty()) {
      throw new IllegalArgumentException("input '%s' perturbs no weights: give levels or nodes".formatted(name));
    }
    if (!(noise > 0 && noise <= 1)) {
      throw new IllegalArgumentException(
          "input '%s' needs noise in (0, 1] (0.25 = ±25 %%), got %s".formatted(name, noise));
    }
  }

  @Override
  public String kind() {
    return "weight_noise";
  }
}
