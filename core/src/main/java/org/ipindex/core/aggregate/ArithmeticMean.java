package org.ipindex.core.aggregate;

/**
 * The weighted arithmetic mean (catalogue name {@code arithmetic}).
 *
 * <pre>  y = Σ wᵢ·xᵢ / Σ wᵢ</pre>
 *
 * Fully compensatory: a low score on one child is offset by a high one on another.
 * Reference: OECD/JRC Handbook (2008), §1.6; COINr {@code a_amean}.
 */
public record ArithmeticMean() implements Aggregator {
  @Override
  public String name() {
    return "arithmetic";
  }

  @Override
  public double apply(double[] values, double[] weights) {
    double s = 0;
    double w = 0;
    for (int i = 0; i < values.length; i++) {
      s += weights[i] * values[i];
      w += weights[i];
    }
    return s / w;
  }
}
