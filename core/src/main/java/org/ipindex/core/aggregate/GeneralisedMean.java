package org.ipindex.core.aggregate;

/**
 * The weighted generalised (power) mean of order p (catalogue name {@code generalised}, parameter
 * {@code p}); needs positive values when p ≤ 0.
 *
 * <pre>  y = ( Σ wᵢ·xᵢ^p / Σ wᵢ )^(1/p),   p ≠ 0;   p = 0 gives the geometric mean</pre>
 *
 * p = 1 is the arithmetic mean, p = −1 the harmonic mean; larger p is more compensatory.
 * Reference: Decancq &amp; Lugo (2013), "Weights in multidimensional indices of wellbeing".
 */
public record GeneralisedMean(double p) implements Aggregator {
  public GeneralisedMean {
    if (!Double.isFinite(p)) {
      throw new IllegalArgumentException("generalised mean needs a finite power p, got " + p);
    }
  }

  @Override
  public String name() {
    return "generalised";
  }

  @Override
  public double apply(double[] values, double[] weights) {
    if (p == 0) {
      return new GeometricMean().apply(values, weights);
    }
    double s = 0;
    double w = 0;
    for (int i = 0; i < values.length; i++) {
      s += weights[i] * Math.pow(values[i], p);
      w += weights[i];
    }
    return Math.pow(s / w, 1 / p);
  }

  @Override
  public boolean needsPositive() {
    return p <= 0;
  }
}
