package org.ipindex.core.weight;

/**
 * Sets the weights of the children of one group. Implementations are small records of their
 * parameters, registered by name in {@link Weighters}.
 */
public interface Weighter {
  /** Returns the stable catalogue name, e.g. {@code "equal"}. */
  String name();

  /**
   * Returns one weight per child, in order, non-negative and summing to 1.
   *
   * @throws org.ipindex.core.model.DataException where the data or parameters make weights impossible
   */
  double[] weights(WeightInput input);
}
