package org.ipindex.core.impute;

/**
 * Fills in missing values of one series. Implementations are small records of their parameters,
 * registered by name in {@link Imputers}; they never change present values, and leave a value
 * missing (with no flag) where they have nothing to estimate it from.
 */
public interface Imputer {
  /** Returns the stable catalogue name, e.g. {@code "carry_forward"}. */
  String name();

  /** Returns the imputed series. */
  Imputation apply(SeriesInput input);
}
