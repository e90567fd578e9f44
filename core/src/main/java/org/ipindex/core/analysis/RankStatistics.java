package org.ipindex.core.analysis;

import java.util.ArrayList;
import java.util.List;
import org.ipindex.core.stat.Stats;

/**
 * How the rank (and score) of one unit in one year spreads over the runs of an analysis: the nominal
 * rank, the mean and median rank and the 5th–95th percentile interval, as COINr's
 * {@code RankStats}. Percentiles interpolate between order statistics (R's type 7,
 * {@link Stats#quantile}); the mean is R's. Runs where the unit has no rank are skipped.
 *
 * @param unitCode the unit
 * @param year the data year
 * @param nominalScore the score with the nominal recipe
 * @param nominalRank the rank with the nominal recipe
 * @param meanRank mean rank over the runs
 * @param medianRank median rank
 * @param lowRank the 5th percentile of the rank (the better end of the interval)
 * @param highRank the 95th percentile of the rank
 * @param meanScore mean score over the runs
 * @param lowScore the 5th percentile of the score
 * @param highScore the 95th percentile of the score
 * @param ranked the number of runs in which the unit has a rank
 */
public record RankStatistics(String unitCode, int year, double nominalScore, double nominalRank, double meanRank,
    double medianRank, double lowRank, double highRank, double meanScore, double lowScore, double highScore,
    int ranked) {
  /** The lower percentile of the reported interval. */
  public static final double LOW = 0.05;
  /** The upper percentile of the reported interval. */
  public static final double HIGH = 0.95;

  /** Returns the width of the 5th–95th percentile rank interval. */
  public double rankInterval() {
    return highRank - lowRank;
  }

  /** Returns the statistics of every analysed cell over the given runs, cells in experiment order. */
  public static List<RankStatistics> of(Experiment experiment, RunOutcome nominal, List<RunOutcome> runs) {
    List<String> units = experiment.units();
    int[] years = experiment.years();
    List<RankStatistics> out = new ArrayList<>(experiment.cellCount());
    double[] ranks = new double[runs.size()];
    double[] scores = new double[runs.size()];
    for (int y = 0; y < years.length; y++) {
      for (int u = 0; u < units.size(); u++) {
        int cell = y * units.size() + u;
        for (int r = 0; r < runs.size(); r++) {
          ranks[r] = runs.get(r).rank(cell);
          scores[r] = runs.get(r).score(cell);
        }
        double[] sortedRanks = Stats.sortedPresent(ranks);
        double[] sortedScores = Stats.sortedPresent(scores);
        out.add(new RankStatistics(units.get(u), years[y], nominal.score(cell), nominal.rank(cell), Stats.mean(ranks),
            Stats.quantileOfSorted(sortedRanks, 0.5), Stats.quantileOfSorted(sortedRanks, LOW),
            Stats.quantileOfSorted(sortedRanks, HIGH), Stats.mean(scores), Stats.quantileOfSorted(sortedScores, LOW),
            Stats.quantileOfSorted(sortedScores, HIGH), sortedRanks.length));
      }
    }
    return out;
  }
}
