package org.ipindex.core.weight;

import org.ipindex.core.model.Node;

/**
 * Uses the weights written in the framework, rescaled to sum to 1 among siblings (catalogue name
 * {@code framework}). A blank weight counts as 1; if all siblings weigh 0 they share equally.
 */
public record FrameworkWeights() implements Weighter {
  @Override
  public String name() {
    return "framework";
  }

  @Override
  public double[] weights(WeightInput input) {
    double[] w = new double[input.children().size()];
    double sum = 0;
    for (int i = 0; i < w.length; i++) {
      Node c = input.children().get(i);
      w[i] = Double.isNaN(c.weight()) ? 1 : c.weight();
      sum += w[i];
    }
    for (int i = 0; i < w.length; i++) {
      w[i] = sum == 0 ? 1.0 / w.length : w[i] / sum;
    }
    return w;
  }
}
