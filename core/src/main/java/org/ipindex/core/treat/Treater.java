package org.ipindex.core.treat;

/**
 * Treats outliers in the values of one indicator (one year, or all years pooled). Implementations are
 * small records of their parameters, registered by name in {@link Treaters}.
 */
public interface Treater {
  /** Returns the stable catalogue name, e.g. {@code "winsorise"}. */
  String name();

  /**
   * Returns the treated values.
   *
   * @param indicatorCode for messages
   * @param values the values (not modified); NaN = missing
   */
  Treatment apply(String indicatorCode, double[] values);
}
