package org.ipindex.core.impute;

import org.ipindex.core.model.Flag;

/** Leaves missing values missing (catalogue name {@code none}). */
public record NoImputation() implements Imputer {
  @Override
  public String name() {
    return "none";
  }

  @Override
  public Imputation apply(SeriesInput input) {
    double[][] copy = new double[input.values().length][];
    for (int y = 0; y < copy.length; y++) {
      copy[y] = input.values()[y].clone();
    }
    return new Imputation(copy, new Flag[copy.length][input.units().size()]);
  }
}
