package org.ipindex.core.aggregate;

/**
 * The weighted arithmetic mean (catalogue name {@code arithmetic}).
 *
 * <pre>  y = Σ wᵢ·xᵢ / Σ wᵢ</pre>
 *
 * Fully compensatory: a low score on one child is offset by a high one on another.
 *
 * <p>Computed as COINr's {@code a_amean} computes it in R, so that results agree to the last bit:
 * the weights are rescaled to sum to 1 ({@code vᵢ = wᵢ / Σ w}), then {@code y = Σ vᵢ·xᵢ}, each sum
 * correctly rounded ({@link ExactSum}). The result therefore does not depend on the order of the
 * children: units whose children have the same scores in another order get exactly the same score,
 * and so share a rank, as in COINr.
 * Reference: OECD/JRC Handbook (2008), §1.6; COINr {@code a_amean}.
 */
public record ArithmeticMean() implements Aggregator {
  @Override
  public String name() {
    return "arithmetic";
  }

  @Override
  public double apply(double[] values, double[] weights) {
    double total = ExactSum.of(weights);
    double[] terms = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      terms[i] = weights[i] / total * values[i];
    }
    return ExactSum.of(terms);
  }
}
