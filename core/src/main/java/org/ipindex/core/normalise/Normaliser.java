package org.ipindex.core.normalise;

/**
 * Turns the values of one indicator in one year into scores on a common scale. Implementations are
 * small records of their parameters, registered by name in {@link Normalisers}.
 *
 * <p>Every implementation returns a new array, keeps NaN as NaN, and says in its Javadoc what it
 * does with ties and a zero range.
 */
public interface Normaliser {
  /** Returns the stable catalogue name, e.g. {@code "minmax"}. */
  String name();

  /** Returns the scores for {@code input.values()}, a new array of the same length. */
  double[] apply(NormaliserInput input);

  /**
   * Returns whether the method applies direction itself (then values are passed un-negated);
   * otherwise the caller negates values of direction −1 indicators first, as COINr does.
   */
  default boolean handlesDirection() {
    return false;
  }

  /**
   * Returns the year whose values the method divides by ({@code base_year_index}); the caller then
   * passes each unit's value of that year as {@link NormaliserInput#base()}. 0 means none.
   */
  default int baseYear() {
    return 0;
  }

  /**
   * Returns a reference from which {@link #apply} takes exactly the same parameters, and so gives
   * bit-identical scores, as from {@code reference}; usually much shorter, e.g. only its minimum and
   * maximum. When one reference serves every year (pooled, reference-year or fixed bounds), the
   * normalise step calls this once per indicator and passes the result to every year, instead of
   * having the parameters recomputed from all pooled values year after year. The default returns
   * {@code reference} itself; the argument must not be changed.
   */
  default double[] condenseReference(double[] reference) {
    return reference;
  }
}
