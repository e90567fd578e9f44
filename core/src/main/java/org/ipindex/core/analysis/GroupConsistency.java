package org.ipindex.core.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.ipindex.core.stat.Stats;

/**
 * How consistently the children of one group measure the same thing: Cronbach's alpha and the
 * principal components of their scores, over the units with every child present.
 *
 * <pre>
 *   α = k/(k − 1) · (1 − Σ_i var(x_i) / var(Σ_i x_i))        k children, sample variances
 *   principal components: eigenvalues λ_1 ≥ … ≥ λ_k of the children's correlation matrix,
 *   variance explained λ_j / k (as R's prcomp(scale = TRUE), COINr's get_PCA)
 * </pre>
 *
 * <p>α and the components are NaN (and the lists empty) for a group of one child, fewer than three
 * complete units, or a constant child. References: L. J. Cronbach, "Coefficient alpha and the internal
 * structure of tests", Psychometrika 16 (1951) 297–334; OECD/JRC Handbook (2008), §1.5 and §1.6.
 *
 * @param group the group
 * @param children the number of children (k)
 * @param units the number of units with every child present
 * @param alpha Cronbach's alpha
 * @param explained the share of variance each principal component explains, largest first (copied)
 * @param loadings the first component's loadings by child, oriented so that they sum to a
 *     non-negative number (copied)
 */
public record GroupConsistency(String group, int children, int units, double alpha, List<Double> explained,
    Map<String, Double> loadings) {
  public GroupConsistency {
    explained = List.copyOf(explained);
    loadings = Collections.unmodifiableMap(new LinkedHashMap<>(loadings));
  }

  /** Returns the consistency of a group whose children have the values {@code columns[child][unit]}. */
  static GroupConsistency of(String group, List<String> codes, double[][] columns) {
    int k = codes.size();
    int units = columns.length == 0 ? 0 : columns[0].length;
    List<Integer> rows = new ArrayList<>();
    for (int u = 0; u < units; u++) {
      boolean all = true;
      for (double[] c : columns) {
        all &= !Double.isNaN(c[u]);
      }
      if (all) {
        rows.add(u);
      }
    }
    int n = rows.size();
    double[][] x = new double[k][n];
    for (int i = 0; i < k; i++) {
      for (int r = 0; r < n; r++) {
        x[i][r] = columns[i][rows.get(r)];
      }
    }
    if (k < 2 || n < 3) {
      return new GroupConsistency(group, k, n, Double.NaN, List.of(), Map.of());
    }
    double sumVariances = 0;
    double[] total = new double[n];
    for (int i = 0; i < k; i++) {
      double v = Stats.variance(x[i]);
      sumVariances += v;
      for (int r = 0; r < n; r++) {
        total[r] += x[i][r];
      }
      if (!(v > 0)) {
        return new GroupConsistency(group, k, n, Double.NaN, List.of(), Map.of());
      }
    }
    double alpha = (double) k / (k - 1) * (1 - sumVariances / Stats.variance(total));
    double[][] corr = new double[k][k];
    for (int i = 0; i < k; i++) {
      corr[i][i] = 1;
      for (int j = i + 1; j < k; j++) {
        corr[i][j] = corr[j][i] = Correlations.pearson(x[i], x[j]);
      }
    }
    EigenDecompositionSymmetric eigen = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(corr, false));
    double[] values = eigen.getEigenvalues();
    Integer[] order = new Integer[k];
    for (int i = 0; i < k; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
    List<Double> explained = new ArrayList<>();
    for (int j = 0; j < k; j++) {
      explained.add(Math.max(0, values[order[j]]) / k);
    }
    double[] first = eigen.getEigenvector(order[0]).toArray();
    double sum = 0;
    for (double v : first) {
      sum += v;
    }
    Map<String, Double> loadings = new LinkedHashMap<>();
    for (int i = 0; i < k; i++) {
      loadings.put(codes.get(i), sum < 0 ? -first[i] : first[i]);
    }
    return new GroupConsistency(group, k, n, alpha, explained, loadings);
  }
}
