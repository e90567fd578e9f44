package org.ipindex.core.aggregate;

/**
 * The weighted harmonic mean (catalogue name {@code harmonic}); needs positive values.
 *
 * <pre>  y = Σ wᵢ / Σ (wᵢ / xᵢ)</pre>
 *
 * Reference: COINr {@code a_hmean}.
 */
public record HarmonicMean() implements Aggregator {
  @Override
  public String name() {
    return "harmonic";
  }

  @Override
  public double apply(double[] values, double[] weights) {
    double w = 0;
    double s = 0;
    for (int i = 0; i < values.length; i++) {
      w += weights[i];
      s += weights[i] / values[i];
    }
    return w / s;
  }

  @Override
  public boolean needsPositive() {
    return true;
  }
}
