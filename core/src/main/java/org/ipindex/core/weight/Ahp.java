package org.ipindex.core.weight;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Node;
import org.ipindex.core.model.ProblemCode;

/**
 * Weighs the children of one group by the analytic hierarchy process (AHP, 层次分析法; catalogue name
 * {@code ahp}, parameters {@code matrix}, {@code order}, {@code allow_inconsistent}): the weights are
 * the principal right eigenvector of a matrix of pairwise comparisons, normalised to sum to 1.
 *
 * <pre>
 *   A w = λmax w,   Σ w_i = 1                  (a_ij = importance of child i over child j)
 *   CI = (λmax − n) / (n − 1)
 *   CR = CI / RI(n)                            (Saaty's random index, n = 1..15)
 * </pre>
 *
 * The matrix must be square, positive and reciprocal: a_ii = 1 and a_ji = 1/a_ij to a relative 10⁻⁶
 * (write 1/3, not 0.333). {@code order} names the child of each row and column; when it is empty the
 * rows follow the group's children in framework order. Comparisons with CR above
 * {@link #MAX_CONSISTENCY_RATIO} are rejected unless {@code allowInconsistent}; with n ≤ 2 a
 * reciprocal matrix is always consistent. The eigenvector is found by power iteration, which converges
 * for every positive matrix (Perron–Frobenius). The matrix is copied on the way in and out.
 *
 * <p>Reference: T. L. Saaty (1980), The Analytic Hierarchy Process, McGraw-Hill; the random indices
 * are those of Saaty's table for n = 1..15. Worked examples: {@code AhpTest}.
 *
 * @param order the child codes in the order of the matrix rows, or empty for framework order
 * @param matrix the pairwise comparisons, {@code matrix[i][j]} = a_ij
 * @param allowInconsistent whether to accept comparisons with CR above 0.1
 */
public record Ahp(List<String> order, double[][] matrix, boolean allowInconsistent) implements Weighter {
  /** Saaty's limit on the consistency ratio. */
  public static final double MAX_CONSISTENCY_RATIO = 0.1;

  /** Saaty's random index RI(n) for n = 1..15, at {@code RANDOM_INDEX[n − 1]}. */
  private static final double[] RANDOM_INDEX =
      {0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59};
  private static final double RECIPROCAL_TOLERANCE = 1e-6;
  private static final double CONVERGED = 1e-15;
  private static final int MAX_ITERATIONS = 100_000;

  /**
   * Checks and copies the comparisons.
   *
   * @throws IllegalArgumentException naming the cell if the matrix is not square, not positive or not
   *     reciprocal, has more than 15 rows, or if {@code order} has the wrong length or repeats a code
   *     (the catalogue reports these as a DataException with code BAD_PARAMETER)
   */
  public Ahp {
    order = order == null ? List.of() : List.copyOf(order);
    Objects.requireNonNull(matrix, "matrix");
    int n = matrix.length;
    if (n == 0 || n > RANDOM_INDEX.length) {
      throw new IllegalArgumentException("the AHP matrix must have 1 to %d rows (Saaty's random index is "
          .formatted(RANDOM_INDEX.length) + "tabulated up to 15), got " + n + "; split larger groups");
    }
    if (!order.isEmpty() && order.size() != n) {
      throw new IllegalArgumentException(
          "order names %d children %s but the AHP matrix has %d rows; name one child per row"
          .formatted(order.size(), order, n));
    }
    if (new HashSet<>(order).size() != order.size()) {
      throw new IllegalArgumentException("order of the AHP matrix names a child twice: " + order);
    }
    double[][] copy = new double[n][];
    for (int i = 0; i < n; i++) {
      if (matrix[i] == null || matrix[i].length != n) {
        throw new IllegalArgumentException("the AHP matrix must be square: it has %d rows but row %d has %d values"
            .formatted(n, i + 1, matrix[i] == null ? 0 : matrix[i].length));
      }
      copy[i] = matrix[i].clone();
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double a = copy[i][j];
        if (!(a > 0) || Double.isInfinite(a)) {
          throw new IllegalArgumentException("AHP %s is %s; comparisons must be positive numbers (1 = equally "
              .formatted(cell(order, i, j), fmt(a)) + "important, 9 = extremely more important, 1/9 = extremely less)");
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (Math.abs(copy[i][i] - 1) > RECIPROCAL_TOLERANCE) {
        throw new IllegalArgumentException("AHP %s is %s, but a child compared with itself must be 1"
            .formatted(cell(order, i, i), fmt(copy[i][i])));
      }
      for (int j = i + 1; j < n; j++) {
        if (Math.abs(copy[i][j] * copy[j][i] - 1) > RECIPROCAL_TOLERANCE) {
          throw new IllegalArgumentException(("the AHP matrix is not reciprocal: %s is %s but %s is %s; set the "
              + "latter to %s").formatted(cell(order, i, j), fmt(copy[i][j]), cell(order, j, i), fmt(copy[j][i]),
                  reciprocal(copy[i][j])));
        }
      }
    }
    matrix = copy;
  }

  /** Returns comparisons of the children in framework order, rejecting inconsistent ones. */
  public static Ahp of(double[][] matrix) {
    return new Ahp(List.of(), matrix, false);
  }

  /** Returns a copy of the comparisons. */
  @Override
  public double[][] matrix() {
    return deepCopy(matrix);
  }

  @Override
  public String name() {
    return "ahp";
  }

  /**
   * Returns the priorities of the matrix rows with λmax and the consistency index and ratio.
   */
  public Priorities priorities() {
    int n = matrix.length;
    double[] w = new double[n];
    Arrays.fill(w, 1.0 / n);
    double lambda = n;
    for (int it = 0; it < MAX_ITERATIONS; it++) {
      double[] next = new double[n];
      double sum = 0;
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          next[i] += matrix[i][j] * w[j];
        }
        sum += next[i];
      }
      double change = 0;
      for (int i = 0; i < n; i++) {
        next[i] /= sum;
        change = Math.max(change, Math.abs(next[i] - w[i]));
      }
      w = next;
      lambda = sum;
      if (change <= CONVERGED) {
        break;
      }
    }
    double ci = n <= 2 ? 0 : Math.max(0, (lambda - n) / (n - 1));
    double cr = n <= 2 ? 0 : ci / RANDOM_INDEX[n - 1];
    return new Priorities(w, lambda, ci, cr);
  }

  /**
   * {@inheritDoc}
   *
   * @throws DataException with {@link ProblemCode#BAD_PARAMETER} if the matrix does not fit the group's
   *     children (size, or codes in {@code order}), and {@link ProblemCode#INCONSISTENT_MATRIX} if CR is
   *     above {@link #MAX_CONSISTENCY_RATIO} and inconsistency is not allowed
   */
  @Override
  public double[] weights(WeightInput input) {
    String group = input.group().code();
    String where = "weights of group " + group;
    List<String> children = input.children().stream().map(Node::code).toList();
    List<String> rows = order.isEmpty() ? children : order;
    if (order.isEmpty() && matrix.length != children.size()) {
      throw DataException.of(ProblemCode.BAD_PARAMETER, where, ("the AHP matrix of group '%s' is %d×%d but the "
          + "group has %d children %s; give one row and one column per child, in this order or as named by "
          + "'order'").formatted(group, matrix.length, matrix.length, children.size(), children));
    }
    if (!new HashSet<>(rows).containsAll(children) || !new HashSet<>(children).containsAll(rows)) {
      Set<String> missing = new LinkedHashSet<>(children);
      missing.removeAll(rows);
      Set<String> extra = new LinkedHashSet<>(rows);
      extra.removeAll(children);
      throw DataException.of(ProblemCode.BAD_PARAMETER, where, ("'order' of the AHP matrix of group '%s' must name "
          + "each of its children %s once%s%s").formatted(group, children,
              missing.isEmpty() ? "" : "; missing: " + missing, extra.isEmpty() ? "" : "; not children: " + extra));
    }
    Priorities p = priorities();
    if (!allowInconsistent && p.consistencyRatio() > MAX_CONSISTENCY_RATIO) {
      throw DataException.of(ProblemCode.INCONSISTENT_MATRIX, where, String.format(Locale.ROOT,
          "the pairwise comparisons of group '%s' are inconsistent: consistency ratio CR = %.3f is above %.2f "
              + "(λmax = %.3f, CI = %.3f, RI = %.2f for n = %d); revise the comparisons or set "
              + "allow_inconsistent: true", group, p.consistencyRatio(), MAX_CONSISTENCY_RATIO, p.lambdaMax(),
          p.consistencyIndex(), RANDOM_INDEX[matrix.length - 1], matrix.length));
    }
    double[] byRow = p.weights();
    double[] w = new double[children.size()];
    for (int i = 0; i < rows.size(); i++) {
      w[children.indexOf(rows.get(i))] = byRow[i];
    }
    return w;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ahp a && a.allowInconsistent == allowInconsistent && a.order.equals(order)
        && Arrays.deepEquals(a.matrix, matrix);
  }

  @Override
  public int hashCode() {
    return Objects.hash(order, Arrays.deepHashCode(matrix), allowInconsistent);
  }

  @Override
  public String toString() {
    return "Ahp[order=%s, matrix=%s, allowInconsistent=%s]".formatted(order, Arrays.deepToString(matrix),
        allowInconsistent);
  }

  /**
   * The result of the eigenvector method, rows in matrix order.
   *
   * @param weights the normalised principal eigenvector (copied on the way in and out)
   * @param lambdaMax the principal eigenvalue
   * @param consistencyIndex CI = (λmax − n)/(n − 1), 0 for n ≤ 2
   * @param consistencyRatio CR = CI/RI(n), 0 for n ≤ 2
   */
  public record Priorities(double[] weights, double lambdaMax, double consistencyIndex, double consistencyRatio) {
    public Priorities {
      weights = weights.clone();
    }

    @Override
    public double[] weights() {
      return weights.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Priorities p && Arrays.equals(p.weights, weights)
          && Double.compare(p.lambdaMax, lambdaMax) == 0 && Double.compare(p.consistencyIndex, consistencyIndex) == 0
          && Double.compare(p.consistencyRatio, consistencyRatio) == 0;
    }

    @Override
    public int hashCode() {
      return Objects.hash(Arrays.hashCode(weights), lambdaMax, consistencyIndex, consistencyRatio);
    }

    @Override
    public String toString() {
      return "Priorities[weights=%s, lambdaMax=%s, CI=%s, CR=%s]".formatted(Arrays.toString(weights), lambdaMax,
          consistencyIndex, consistencyRatio);
    }
  }

  private static double[][] deepCopy(double[][] m) {
    double[][] c = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      c[i] = m[i].clone();
    }
    return c;
  }

  private static String cell(List<String> order, int i, int j) {
    String at = "cell (row %d, column %d)".formatted(i + 1, j + 1);
    return order.isEmpty() ? at : at + " ('%s' over '%s')".formatted(order.get(i), order.get(j));
  }

  private static String reciprocal(double a) {
    if (isWhole(a)) {
      return a == 1 ? "1" : "1/" + Math.round(a);
    }
    double r = 1 / a;
    return isWhole(r) ? String.valueOf(Math.round(r)) : fmt(r);
  }

  private static boolean isWhole(double x) {
    return Math.abs(x - Math.rint(x)) < 1e-9;
  }

  private static String fmt(double x) {
    return String.format(Locale.ROOT, "%s", x);
  }
}
