package org.ipindex.core.weight;

import java.util.Arrays;
import java.util.Locale;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.ProblemCode;

/**
 * Weighs each child by how much its scores vary across units, measured by Shannon entropy (熵权法,
 * the entropy weight method; catalogue name {@code entropy}).
 *
 * <pre>
 *   p_ij = x_ij / Σ_i x_ij                       (i = 1..n rows, j = 1..m children)
 *   e_j  = −(1 / ln n) · Σ_i p_ij · ln p_ij      (0 · ln 0 = 0)
 *   d_j  = 1 − e_j
 *   w_j  = d_j / Σ_k d_k
 * </pre>
 *
 * The rows are the group's units in every year of the panel, pooled; a row in which any child is
 * missing is dropped, so all children are compared on the same rows. This is the plain variant: zeros
 * are not shifted (some texts add a small constant to every score first, which changes the weights),
 * and a zero score simply contributes nothing to the entropy. A child whose scores are all 0 counts
 * as not discriminating (e_j = 1, d_j = 0), and so does a child whose d_j is below 10⁻¹² (a
 * constant child, up to rounding). If no child discriminates (every d_j = 0, e.g. every
 * child constant) the children get equal weights. A group with one child gives it weight 1.
 *
 * <p>Reference: Zou Zhihong, Yun Yi and Sun Jingnan (2006), "Entropy method for determination of
 * weight of evaluating indicators in fuzzy synthetic evaluation for water quality assessment",
 * Journal of Environmental Sciences 18(5), 1020–1023.
 */
public record EntropyWeights() implements Weighter {
  /** A divergence d_j below this is rounding error of a constant child and counts as 0. */
  static final double ROUNDING = 1e-12;

  @Override
  public String name() {
    return "entropy";
  }

  /**
   * {@inheritDoc}
   *
   * @throws DataException with {@link ProblemCode#BAD_VALUE} for a negative score (normalise first,
   *     e.g. min-max onto [0, 100]), or {@link ProblemCode#MISSING_DATA} if fewer than two rows have
   *     every child present
   */
  @Override
  public double[] weights(WeightInput input) {
    int m = input.children().size();
    if (m == 1) {
      return new double[] {1};
    }
    double[][] x = CompleteRows.of(input.scores());
    int n = x[0].length;
    String where = "weights of group " + input.group().code();
    if (n < 2) {
      throw DataException.of(ProblemCode.MISSING_DATA, where, ("entropy weights need at least two rows "
          + "(units and years) with every child of '%s' present, found %d; impute missing values first "
          + "or use equal weights").formatted(input.group().code(), n));
    }
    double[] d = new double[m];
    double total = 0;
    for (int j = 0; j < m; j++) {
      double sum = 0;
      for (double v : x[j]) {
        if (v < 0) {
          throw DataException.of(ProblemCode.BAD_VALUE, where, ("entropy weights need scores >= 0, but "
              + "child '%s' of group '%s' has %s; normalise first (e.g. minmax with lower: 0)")
              .formatted(input.children().get(j).code(), input.group().code(),
                  String.format(Locale.ROOT, "%s", v)));
        }
        sum += v;
      }
      double h = 0;
      if (sum > 0) {
        for (double v : x[j]) {
          if (v > 0) {
            double p = v / sum;
            h -= p * Math.log(p);
          }
        }
        double dj = 1 - h / Math.log(n);
        d[j] = dj < ROUNDING ? 0 : dj;
      }
      total += d[j];
    }
    if (total == 0) {
      Arrays.fill(d, 1.0 / m);
      return d;
    }
    for (int j = 0; j < m; j++) {
      d[j] /= total;
    }
    return d;
  }
}
