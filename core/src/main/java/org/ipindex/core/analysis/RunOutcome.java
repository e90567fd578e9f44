package org.ipindex.core.analysis;

import java.util.Arrays;

/**
 * What one run gives: the score and the rank (1 = best, ties share the lowest rank, missing stays
 * NaN) of the analysed node for every analysed cell, a cell being a unit in a year, years first:
 * cell = yearIndex × units + unitIndex. Immutable.
 */
public final class RunOutcome {
  private final double[] scores;
  private final double[] ranks;

  RunOutcome(double[] scores, double[] ranks) {
    if (scores.length != ranks.length) {
      throw new IllegalArgumentException("%d scores for %d ranks".formatted(scores.length, ranks.length));
    }
    this.scores = scores;
    this.ranks = ranks;
  }

  /** Returns an outcome of the given scores and ranks (copied). */
  public static RunOutcome of(double[] scores, double[] ranks) {
    return new RunOutcome(scores.clone(), ranks.clone());
  }

  public int cellCount() {
    return scores.length;
  }

  public double score(int cell) {
    return scores[cell];
  }

  public double rank(int cell) {
    return ranks[cell];
  }

  /** Returns the scores (a copy). */
  public double[] scores() {
    return scores.clone();
  }

  /** Returns the ranks (a copy). */
  public double[] ranks() {
    return ranks.clone();
  }

  /**
   * Returns the mean absolute rank change against {@code nominal}, over the cells ranked in both
   * (NaN if none): {@code mean |rank − nominal rank|}, COINr's output of its sensitivity analysis.
   */
  public double meanAbsoluteRankChange(RunOutcome nominal) {
    double sum = 0;
    int n = 0;
    for (int c = 0; c < ranks.length; c++) {
      double d = ranks[c] - nominal.ranks[c];
      if (!Double.isNaN(d)) {
        sum += Math.abs(d);
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RunOutcome r && Arrays.equals(scores, r.scores) && Arrays.equals(ranks, r.ranks);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(scores) + Arrays.hashCode(ranks);
  }

  @Override
  public String toString() {
    return "RunOutcome[scores=%s, ranks=%s]".formatted(Arrays.toString(scores), Arrays.toString(ranks));
  }
}
