package org.ipindex.core.weight;

/** The rows of a group's scores in which every child is present, for the data-driven weighters. */
final class CompleteRows {
  private CompleteRows() {}

  /**
   * Returns {@code scores[child][row]} restricted to the rows with no NaN (a new array, rows in their
   * original order).
   */
  static double[][] of(double[][] scores) {
    int rows = scores.length == 0 ? 0 : scores[0].length;
    boolean[] keep = new boolean[rows];
    int n = 0;
    for (int r = 0; r < rows; r++) {
      keep[r] = true;
      for (double[] child : scores) {
        if (Double.isNaN(child[r])) {
          keep[r] = false;
          break;
        }
      }
      n += keep[r] ? 1 : 0;
    }
    double[][] out = new double[scores.length][n];
    for (int j = 0; j < scores.length; j++) {
      int k = 0;
      for (int r = 0; r < rows; r++) {
        if (keep[r]) {
          out[j][k++] = scores[j][r];
        }
      }
    }
    return out;
  }
}
