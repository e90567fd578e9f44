package org.ipindex.core.normalise;

import org.ipindex.core.stat.Stats;

/** Condensed references for the methods that take only the minimum and maximum from theirs. */
final class References {
  private References() {}

  /**
   * Returns {@code {min, max}} of the reference, both NaN when no value is present, in one pass with
   * the comparisons of {@link Stats#min} and {@link Stats#max}. {@code Stats.min} of the result is
   * the reference minimum exactly; {@code Stats.max} of it is the reference maximum exactly whenever
   * that is above the minimum, and otherwise equal to it (it may differ only in the sign of a zero),
   * where the methods using it see a zero range either way.
   */
  static double[] minAndMax(double[] reference) {
    double min = Double.NaN;
    double max = Double.NaN;
    for (double v : reference) {
      if (!Double.isNaN(v)) {
        if (Double.isNaN(min) || v < min) {
          min = v;
        }
        if (Double.isNaN(max) || v > max) {
          max = v;
        }
      }
    }
    return new double[] {min, max};
  }
}
