package org.ipindex.core.result;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ipindex.core.build.Weights;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Node;
import org.ipindex.core.model.Panel;
import org.ipindex.core.stat.Ranks;

/**
 * The scores of every framework node for every unit and year, with ranks within each year
 * (competition ranking, 1 = best, missing stays missing), changes against the previous year (points
 * and per cent), coverage, contributions to change, and strengths and weaknesses. Immutable.
 *
 * <p>"Previous year" means the calendar year before; where the panel lacks it, the change is missing.
 */
public final class Results {
  private final Framework framework;
  private final Panel scores;
  private final Panel coverage;
  private final Weights weights;
  private final int evaluationYearOffset;
  private final double[][][] ranks;

  private Results(Framework framework, Panel scores, Panel coverage, Weights weights, int offset) {
    this.framework = framework;
    this.scores = scores;
    this.coverage = coverage;
    this.weights = weights;
    this.evaluationYearOffset = offset;
    int nodes = scores.seriesCount();
    this.ranks = new double[nodes][scores.yearCount()][];
    double[] vector = new double[scores.unitCount()];
    for (int s = 0; s < nodes; s++) {
      for (int y = 0; y < scores.yearCount(); y++) {
        scores.copyVector(s, y, vector);
        ranks[s][y] = Ranks.descending(vector);
      }
    }
  }

  /** Returns results over an aggregated dataset (every node a series) and its coverage. */
  public static Results of(Framework framework, Panel scores, Panel coverage, Weights weights, int offset) {
    return new Results(framework, scores, coverage, weights, offset);
  }

  public Framework framework() {
    return framework;
  }

  /** Returns the scores: one series per framework node, in framework order. */
  public Panel scores() {
    return scores;
  }

  /** Returns the coverage of every node (0–1), same shape as {@link #scores()}. */
  public Panel coverage() {
    return coverage;
  }

  public Weights weights() {
    return weights;
  }

  public List<String> units() {
    return scores.units();
  }

  public int[] years() {
    return scores.years();
  }

  /** Returns the latest data year. */
  public int latestYear() {
    return scores.year(scores.yearCount() - 1);
  }

  public int evaluationYearOffset() {
    return evaluationYearOffset;
  }

  public double score(String unitCode, String code, int year) {
    return scores.value(unitCode, code, year);
  }

  public double coverage(String unitCode, String code, int year) {
    return coverage.value(unitCode, code, year);
  }

  /** Returns the rank (1 = best) of a unit on a node in a year; NaN if its score is missing. */
  public double rank(String unitCode, String code, int year) {
    int u = scores.unitIndex(unitCode);
    int s = scores.seriesIndex(code);
    int y = scores.yearIndex(year);
    return u < 0 || s < 0 || y < 0 ? Double.NaN : ranks[s][y][u];
  }

  /** Returns the score minus the previous calendar year's; NaN if either is missing. */
  public double change(String unitCode, String code, int year) {
    return score(unitCode, code, year) - score(unitCode, code, year - 1);
  }

  /** Returns the change as a percentage of the previous year's score; NaN if that is missing or 0. */
  public double changePercent(String unitCode, String code, int year) {
    return percentChange(score(unitCode, code, year), score(unitCode, code, year - 1));
  }

  /**
   * Returns every unit × year × node as rows, ordered by year, node (framework order), unit, as an
   * unmodifiable list.
   */
  public List<ResultRow> rows() {
    int units = scores.unitCount();
    int size = units * scores.seriesCount() * scores.yearCount();
    // Millions of rows for county-scale panels: positions are used directly instead of looking up
    // codes and years per cell as change() and changePercent() do; the arithmetic is theirs. The
    // rows go into chunks, for the collector's sake (see RowList).
    RowList.Chain chain = null;
    int i = 0;
    for (int y = 0; y < scores.yearCount(); y++) {
      int year = scores.year(y);
      int previous = scores.yearIndex(year - 1);
      for (int s = 0; s < scores.seriesCount(); s++) {
        String code = scores.series().get(s);
        int level = framework.level(code);
        for (int u = 0; u < units; u++) {
          double score = scores.value(u, s, y);
          double prev = previous < 0 ? Double.NaN : scores.value(u, s, previous);
          if (i % RowList.CHUNK == 0) {
            chain = RowList.Chain.next(chain, size - i);
          }
          chain.chunk()[i++ % RowList.CHUNK] = new ResultRow(scores.units().get(u), year, year + evaluationYearOffset,
              code, level, score, ranks[s][y][u], score - prev, percentChange(score, prev), coverage.value(u, s, y));
        }
      }
    }
    return RowList.of(chain, size);
  }

  private static double percentChange(double score, double prev) {
    return prev == 0 ? Double.NaN : (score - prev) / Math.abs(prev) * 100;
  }

  /**
   * Splits a unit's change on a node between {@code year − 1} and {@code year} into the contributions
   * of the indicators under it: effective weight × the indicator's score change.
   */
  public ChangeBreakdown breakdown(String unitCode, String code, int year) {
    List<Contribution> parts = new ArrayList<>();
    double total = change(unitCode, code, year);
    double sum = 0;
    double nodeWeight = weights.effective(framework, code);
    for (Node leaf : framework.indicatorsUnder(code)) {
      double d = change(unitCode, leaf.code(), year);
      if (Double.isNaN(d)) {
        continue;
      }
      double w = weights.effective(framework, leaf.code()) / nodeWeight;
      double c = w * d;
      parts.add(new Contribution(leaf.code(), w, d, c));
      sum += c;
    }
    parts.sort(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.contribution())));
    return new ChangeBreakdown(unitCode, code, year, total, parts, Double.isNaN(total) ? Double.NaN : total - sum);
  }

  /**
   * Returns a unit's {@code n} best- and worst-ranked indicators in a year (ties in framework order).
   */
  public Profile profile(String unitCode, int year, int n) {
    List<Profile.Standing> all = new ArrayList<>();
    for (Node leaf : framework.indicators()) {
      double r = rank(unitCode, leaf.code(), year);
      if (!Double.isNaN(r)) {
        all.add(new Profile.Standing(leaf.code(), score(unitCode, leaf.code(), year), r));
      }
    }
    List<Profile.Standing> best = new ArrayList<>(all);
    best.sort(Comparator.comparingDouble(Profile.Standing::rank));
    List<Profile.Standing> worst = new ArrayList<>(all);
    worst.sort(Comparator.comparingDouble((Profile.Standing s) -> -s.rank()));
    int k = Math.min(n, all.size() / 2);
    return new Profile(unitCode, year, best.subList(0, k), worst.subList(0, k));
  }
}
