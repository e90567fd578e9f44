package org.ipindex.report.compose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ipindex.core.result.Results;
import org.ipindex.core.stat.Stats;

/**
 * A node's scores over a set of units in a year and the year before: mean and median and their
 * changes (this year's minus last year's, as the report states them: "平均得分81.0分，比上年提高1.35分"),
 * how many units rose and how many score above a threshold, units ranked by score and by change.
 *
 * @param units the units considered
 * @param scored how many have a score this year
 * @param mean mean score (units with a score)
 * @param median median score (R type 7)
 * @param meanBefore last year's mean; NaN without last year
 * @param medianBefore last year's median; NaN without last year
 * @param meanChange mean − last year's mean; NaN without last year
 * @param medianChange median − last year's median; NaN without last year
 * @param rose units whose score rose
 * @param fell units whose score fell
 * @param compared units with a score in both years
 * @param above units scoring above the threshold (strictly)
 * @param byScore units with a score, best first (ties in the order given)
 * @param byChange units with a change, largest rise first
 */
record UnitStats(List<String> units, int scored, double mean, double median, double meanBefore, double medianBefore,
    double meanChange, double medianChange,
    int rose, int fell, int compared, int above, List<String> byScore, List<String> byChange) {

  static UnitStats of(Results r, String code, int year, List<String> units, double threshold) {
    double[] now = new double[units.size()];
    double[] before = new double[units.size()];
    double[] change = new double[units.size()];
    int rose = 0;
    int fell = 0;
    int compared = 0;
    int above = 0;
    for (int i = 0; i < units.size(); i++) {
      now[i] = r.score(units.get(i), code, year);
      before[i] = r.score(units.get(i), code, year - 1);
      change[i] = now[i] - before[i];
      if (!Double.isNaN(change[i])) {
        compared++;
        rose += change[i] > 0 ? 1 : 0;
        fell += change[i] < 0 ? 1 : 0;
      }
      above += now[i] > threshold ? 1 : 0;
    }
    double mean = Stats.mean(now);
    double median = Stats.median(now);
    double meanBefore = Stats.mean(before);
    double medianBefore = Stats.median(before);
    return new UnitStats(List.copyOf(units), Stats.count(now), mean, median, meanBefore, medianBefore,
        mean - meanBefore, median - medianBefore, rose, fell, compared, above, ranked(units, now), ranked(units, change));
  }

  private static List<String> ranked(List<String> units, double[] values) {
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      if (!Double.isNaN(values[i])) {
        idx.add(i);
      }
    }
    idx.sort(Comparator.comparingDouble((Integer i) -> -values[i]));
    return idx.stream().map(units::get).toList();
  }
}
