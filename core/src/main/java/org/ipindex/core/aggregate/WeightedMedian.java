package org.ipindex.core.aggregate;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The weighted median (catalogue name {@code median}): the smallest value at which the cumulative
 * weight, in ascending order of values, reaches half the total; where it reaches exactly half, the
 * mean of that value and the next. With equal weights this is the ordinary median.
 */
public record WeightedMedian() implements Aggregator {
  @Override
  public String name() {
    return "median";
  }

  @Override
  public double apply(double[] values, double[] weights) {
    Integer[] order = new Integer[values.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double half = total / 2;
    double cum = 0;
    for (int k = 0; k < order.length; k++) {
      cum += weights[order[k]];
      double gap = cum - half;
      if (Math.abs(gap) <= 1e-12 * total && k + 1 < order.length) {
        return (values[order[k]] + values[order[k + 1]]) / 2;
      }
      if (gap > 0) {
        return values[order[k]];
      }
    }
    return values[order[order.length - 1]];
  }
}
