package org.ipindex.core.aggregate;

/**
 * Combines the present scores of a group's children into the group's score. Implementations are
 * small records of their parameters, registered by name in {@link Aggregators}.
 *
 * <p>The caller removes missing children first (the remaining weights are then rescaled by the
 * method's own division by their sum), so {@code values} holds no NaN and {@code weights} are
 * positive; both have the same length of at least one.
 */
public interface Aggregator {
  /** Returns the stable catalogue name, e.g. {@code "arithmetic"}. */
  String name();

  /** Returns the aggregate of {@code values} with {@code weights} (any positive scale). */
  double apply(double[] values, double[] weights);

  /** Returns whether every value must be positive (the caller checks and names the culprit). */
  default boolean needsPositive() {
    return false;
  }
}
