package org.ipindex.core.impute;

import org.ipindex.core.model.Flag;

/**
 * The result of imputing one series.
 *
 * @param values {@code values[yearIndex][unitIndex]} after imputation (a new array)
 * @param flags {@code flags[yearIndex][unitIndex]}: the flag of each value that was filled in, null
 *     where the value was left as it was
 */
public record Imputation(double[][] values, Flag[][] flags) {
  /**
   * Returns an imputation that fills nothing yet: a copy of the input's values and no flags. Imputers
   * start from it and fill cells in place, so present values are never touched and the input is never
   * changed.
   */
  public static Imputation unchanged(SeriesInput input) {
    double[][] copy = new double[input.values().length][];
    for (int y = 0; y < copy.length; y++) {
      copy[y] = input.values()[y].clone();
    }
    return new Imputation(copy, new Flag[copy.length][input.units().size()]);
  }

  /** Sets a missing cell to {@code value} with {@code flag}; a NaN value leaves the cell as it was. */
  void fill(int yearIndex, int unitIndex, double value, Flag flag) {
    if (!Double.isNaN(value) && Double.isNaN(values[yearIndex][unitIndex])) {
      values[yearIndex][unitIndex] = value;
      flags[yearIndex][unitIndex] = flag;
    }
  }
}
