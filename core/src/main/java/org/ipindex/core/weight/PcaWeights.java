package org.ipindex.core.weight;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.RealVector;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.ProblemCode;
import org.ipindex.core.stat.Stats;

/**
 * Weighs the children by their loadings on the first principal component of their standardised
 * scores, as COINr does (catalogue name {@code pca}).
 *
 * <pre>
 *   R   = correlation matrix of the children over the complete rows
 *   v   = unit eigenvector of R for its largest eigenvalue, oriented so that Σ v_j &gt; 0
 *   w_j = v_j / Σ_k v_k
 * </pre>
 *
 * <p>What COINr does ({@code get_PCA(..., weights_to = ...)} in {@code R/PCA.R} of bluefoxr/COINr):
 * it drops rows with any missing value ({@code stats::na.omit}), runs
 * {@code stats::prcomp(center = TRUE, scale = TRUE)} (PCA of the correlation matrix) and takes the
 * first column of the rotation, {@code PCAres$rotation[, 1]}, as the weights: the raw signed loadings,
 * not made absolute, not squared and not rescaled. Its aggregation functions then rescale the weights
 * to sum to 1 ({@code a_amean}: {@code w <- w/sum(w)}), so the weights COINr effectively uses are
 * v_j / Σ v, the weights returned here. Dividing by the sum also undoes the arbitrary sign that
 * {@code prcomp} may give the component.
 *
 * <p>Rows are the group's units in every year of the panel, pooled; a row with any child missing is
 * dropped. A group with one child gives it weight 1.
 *
 * <p>Negative loadings: when children load with opposite signs (one child moves against the others),
 * COINr writes negative weights. Weights here must be non-negative, so this is rejected with a
 * {@link DataException} naming the children and their loadings. When every pair of children is
 * positively correlated the loadings all share one sign (Perron–Frobenius), so this cannot happen;
 * a loading that is zero up to rounding (below 10⁻¹²) counts as 0.
 *
 * <p>Reference: OECD/JRC Handbook on Constructing Composite Indicators (2008), §1.6 (weights from
 * principal component analysis); Becker et al. (2017), "Weights and importance in composite
 * indicators: closing the gap", Ecological Indicators 80, 12–22, on why such weights need care.
 */
public record PcaWeights() implements Weighter {
  private static final double ROUNDING = 1e-12;
  private static final double DEGENERATE = 1e-9;

  @Override
  public String name() {
    return "pca";
  }

  /**
   * {@inheritDoc}
   *
   * @throws DataException with {@link ProblemCode#MISSING_DATA} if fewer than two rows have every
   *     child present, {@link ProblemCode#ZERO_RANGE} if a child is constant over those rows (it cannot
   *     be standardised), and {@link ProblemCode#BAD_VALUE} if the first principal component is not
   *     unique (e.g. uncorrelated children) or children load on it with opposite signs
   */
  @Override
  public double[] weights(WeightInput input) {
    int m = input.children().size();
    if (m == 1) {
      return new double[] {1};
    }
    String group = input.group().code();
    String where = "weights of group " + group;
    double[][] x = CompleteRows.of(input.scores());
    int n = x[0].length;
    if (n < 2) {
      throw DataException.of(ProblemCode.MISSING_DATA, where, ("PCA weights need at least two rows "
          + "(units and years) with every child of '%s' present, found %d; impute missing values first "
          + "or use equal weights").formatted(group, n));
    }
    double[][] centred = new double[m][];
    for (int j = 0; j < m; j++) {
      if (Stats.min(x[j]) == Stats.max(x[j])) {
        throw DataException.of(ProblemCode.ZERO_RANGE, where, ("PCA weights standardise every child, but "
            + "'%s' is %s in every complete row of group '%s'; drop it from the group or use equal weights")
            .formatted(input.children().get(j).code(), fmt(x[j][0]), group));
      }
      double mean = Stats.mean(x[j]);
      centred[j] = new double[n];
      for (int i = 0; i < n; i++) {
        centred[j][i] = x[j][i] - mean;
      }
    }
    double[] v = firstComponent(correlation(centred), where, group);
    double sum = 0;
    for (int j = 0; j < m; j++) {
      v[j] = Math.abs(v[j]) < ROUNDING ? 0 : v[j];
      sum += v[j];
    }
    if (sum < 0) {
      sum = -sum;
      for (int j = 0; j < m; j++) {
        v[j] = -v[j];
      }
    }
    List<String> against = new ArrayList<>();
    List<String> all = new ArrayList<>();
    for (int j = 0; j < m; j++) {
      all.add(input.children().get(j).code() + " " + fmt4(v[j]));
      if (v[j] < 0) {
        against.add("'" + input.children().get(j).code() + "'");
      }
    }
    if (!against.isEmpty()) {
      throw DataException.of(ProblemCode.BAD_VALUE, where, ("PCA weights need every child of group '%s' "
          + "to load on the first principal component with the same sign, but %s load%s against the "
          + "others (loadings: %s); check the direction of %s, or use equal or entropy weights")
          .formatted(group, String.join(", ", against), against.size() == 1 ? "s" : "",
              String.join(", ", all), against.size() == 1 ? "that child" : "those children"));
    }
    for (int j = 0; j < m; j++) {
      v[j] /= sum;
    }
    return v;
  }

  private static double[][] correlation(double[][] c) {
    int m = c.length;
    double[] norm = new double[m];
    for (int j = 0; j < m; j++) {
      norm[j] = Math.sqrt(dot(c[j], c[j]));
    }
    double[][] r = new double[m][m];
    for (int j = 0; j < m; j++) {
      r[j][j] = 1;
      for (int k = j + 1; k < m; k++) {
        r[j][k] = dot(c[j], c[k]) / (norm[j] * norm[k]);
        r[k][j] = r[j][k];
      }
    }
    return r;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static double[] firstComponent(double[][] r, String where, String group) {
    EigenDecompositionSymmetric eigen = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(r, false));
    double[] lambda = eigen.getEigenvalues();
    int first = 0;
    for (int j = 1; j < lambda.length; j++) {
      if (lambda[j] > lambda[first]) {
        first = j;
      }
    }
    double second = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < lambda.length; j++) {
      if (j != first) {
        second = Math.max(second, lambda[j]);
      }
    }
    if (lambda[first] - second <= DEGENERATE * lambda.length) {
      throw DataException.of(ProblemCode.BAD_VALUE, where, ("the first principal component of group '%s' "
          + "is not unique: the two largest eigenvalues of the children's correlation matrix are both %s "
          + "(the children are uncorrelated, or correlated equally in several directions); use equal or "
          + "entropy weights").formatted(group, fmt4(lambda[first])));
    }
    RealVector v = eigen.getEigenvector(first);
    return v.mapDivide(v.getNorm()).toArray();
  }

  private static String fmt(double x) {
    return String.format(Locale.ROOT, "%s", x);
  }

  private static String fmt4(double x) {
    return String.format(Locale.ROOT, "%.4f", x);
  }
}
