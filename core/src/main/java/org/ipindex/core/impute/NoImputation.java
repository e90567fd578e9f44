package org.ipindex.core.impute;

/** Leaves missing values missing (catalogue name {@code none}). */
public record NoImputation() implements Imputer {
  @Override
  public String name() {
    return "none";
  }

  @Override
  public Imputation apply(SeriesInput input) {
    return Imputation.unchanged(input);
  }
}
