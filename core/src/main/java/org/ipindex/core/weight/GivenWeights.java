package org.ipindex.core.weight;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Node;
import org.ipindex.core.model.ProblemCode;

/**
 * Uses weights given as numbers in the recipe, by child code, rescaled to sum to 1 among siblings
 * (catalogue name {@code given}, parameter {@code weights: {CODE: number}}).
 *
 * <pre>  w_i = given(child_i) / Σ_k given(child_k)</pre>
 *
 * <p>Every child of the group must have a weight; codes that are not children of the group are
 * ignored, so one mapping can hold the weights of several groups. This is how a recipe states a
 * weight set of its own, and how uncertainty analysis replays perturbed or alternative weights (as
 * COINr's {@code Aggregate(w = data.frame(iCode, Weight))} does) without editing the framework.
 *
 * @param weights weight by node code, each finite and ≥ 0 (a copy is kept)
 */
public record GivenWeights(Map<String, Double> weights) implements Weighter {
  public GivenWeights {
    if (weights == null || weights.isEmpty()) {
      throw new IllegalArgumentException("given weights need weights: {CODE: number, …}, got none");
    }
    Map<String, Double> copy = new LinkedHashMap<>();
    weights.forEach((code, w) -> {
      if (w == null || !(w >= 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException(
            "the given weight of '%s' must be a finite number >= 0, got %s".formatted(code, w));
      }
      copy.put(code, w);
    });
    weights = Collections.unmodifiableMap(copy);
  }

  @Override
  public String name() {
    return "given";
  }

  /**
   * {@inheritDoc}
   *
   * @throws DataException with {@link ProblemCode#BAD_PARAMETER} if a child has no weight or all
   *     children weigh 0
   */
  @Override
  public double[] weights(WeightInput input) {
    double[] w = new double[input.children().size()];
    double sum = 0;
    for (int i = 0; i < w.length; i++) {
      Node c = input.children().get(i);
      Double given = weights.get(c.code());
      if (given == null) {
        throw DataException.of(ProblemCode.BAD_PARAMETER, "weights of group " + input.group().code(),
            "given weights have no weight for '%s', a child of '%s'; give every child of the group a weight"
                .formatted(c.code(), input.group().code()));
      }
      w[i] = given;
      sum += given;
    }
    if (sum == 0) {
      throw DataException.of(ProblemCode.BAD_PARAMETER, "weights of group " + input.group().code(),
          "the given weights of every child of '%s' are 0; give at least one child a positive weight"
              .formatted(input.group().code()));
    }
    for (int i = 0; i < w.length; i++) {
      w[i] /= sum;
    }
    return w;
  }
}
