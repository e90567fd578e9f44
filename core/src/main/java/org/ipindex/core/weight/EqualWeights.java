package org.ipindex.core.weight;

import java.util.Arrays;

/** Gives every child of a group the same weight, 1/n (catalogue name {@code equal}). */
public record EqualWeights() implements Weighter {
  @Override
  public String name() {
    return "equal";
  }

  @Override
  public double[] weights(WeightInput input) {
    double[] w = new double[input.children().size()];
    Arrays.fill(w, 1.0 / w.length);
    return w;
  }
}
