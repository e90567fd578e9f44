package org.ipindex.core.aggregate;

/**
 * The weighted geometric mean (catalogue name {@code geometric}); needs positive values.
 *
 * <pre>  y = exp( Σ wᵢ·ln xᵢ / Σ wᵢ )</pre>
 *
 * Partly compensatory: a low score on one child weighs more than in the arithmetic mean.
 * Reference: OECD/JRC Handbook (2008), §1.6; COINr {@code a_gmean}.
 */
public record GeometricMean() implements Aggregator {
  @Override
  public String name() {
    return "geometric";
  }

  @Override
  public double apply(double[] values, double[] weights) {
    double s = 0;
    double w = 0;
    for (int i = 0; i < values.length; i++) {
      s += weights[i] * Math.log(values[i]);
      w += weights[i];
    }
    return Math.exp(s / w);
  }

  @Override
  public boolean needsPositive() {
    return true;
  }
}
