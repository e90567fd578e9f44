package org.ipindex.core.weight;

/**
 * Weighs each child by the number of indicators it holds (an indicator counts 1), rescaled to sum to
 * 1 (catalogue name {@code leaf_count}). With it, every indicator weighs the same in the index: the
 * national index's six dimensions weigh 7, 18, 25, 8, 6 and 16 of 80.
 */
public record LeafCount() implements Weighter {
  @Override
  public String name() {
    return "leaf_count";
  }

  @Override
  public double[] weights(WeightInput input) {
    double[] w = new double[input.children().size()];
    double total = 0;
    for (int i = 0; i < w.length; i++) {
      w[i] = input.framework().indicatorsUnder(input.children().get(i).code()).size();
      total += w[i];
    }
    for (int i = 0; i < w.length; i++) {
      w[i] /= total;
    }
    return w;
  }
}
