package org.ipindex.core.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ipindex.core.model.Node;
import org.ipindex.core.model.Panel;
import org.ipindex.core.stat.Moments;
import org.ipindex.core.stat.Stats;

/**
 * Descriptive statistics of one indicator's values in one year, with the audit's flags. Skew and
 * kurtosis are Excel's (and COINr's, {@link Moments}); outliers are the values below Q1 − 1.5·IQR or
 * above Q3 + 1.5·IQR, quartiles by R's type 7 (COINr's {@code get_stats}). Statistics that need more
 * values than present are NaN.
 *
 * @param code the indicator
 * @param year the data year
 * @param units the number of units
 * @param present the number of units with a value
 * @param availability present / units
 * @param min the smallest value
 * @param max the largest value
 * @param mean the mean
 * @param median the median
 * @param sd the sample standard deviation
 * @param skew the sample skewness
 * @param kurtosis the sample excess kurtosis
 * @param outliersLow values below Q1 − 1.5·IQR
 * @param outliersHigh values above Q3 + 1.5·IQR
 * @param zeroShare the share of present values that are 0
 * @param uniqueShare the number of distinct values over the number present
 * @param flags what the audit flags (copied)
 */
public record IndicatorStatistics(String code, int year, int units, int present, double availability, double min,
    double max, double mean, double median, double sd, double skew, double kurtosis, int outliersLow,
    int outliersHigh, double zeroShare, double uniqueShare, Set<AuditFlag> flags) {
  public IndicatorStatistics {
    flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
  }

  /** Returns the statistics of every indicator of {@code indicators} in {@code panel}'s year {@code year}. */
  static List<IndicatorStatistics> of(Panel panel, List<Node> indicators, int year, AuditSettings settings) {
    int y = panel.yearIndex(year);
    List<IndicatorStatistics> out = new ArrayList<>();
    for (Node n : indicators) {
      int s = panel.seriesIndex(n.code());
      double[] x = new double[panel.unitCount()];
      java.util.Arrays.fill(x, Double.NaN);
      if (s >= 0 && y >= 0) {
        panel.copyVector(s, y, x);
      }
      out.add(of(n.code(), year, x, settings));
    }
    return out;
  }

  /** Returns the statistics of one vector of values (NaN = missing). */
  static IndicatorStatistics of(String code, int year, double[] x, AuditSettings settings) {
    double[] sorted = Stats.sortedPresent(x);
    int present = sorted.length;
    double availability = x.length == 0 ? Double.NaN : (double) present / x.length;
    double q1 = Stats.quantileOfSorted(sorted, 0.25);
    double q3 = Stats.quantileOfSorted(sorted, 0.75);
    double iqr = q3 - q1;
    int low = 0;
    int high = 0;
    int zeros = 0;
    Set<Double> distinct = new HashSet<>();
    for (double v : sorted) {
      low += v < q1 - 1.5 * iqr ? 1 : 0;
      high += v > q3 + 1.5 * iqr ? 1 : 0;
      zeros += v == 0 ? 1 : 0;
      distinct.add(v == 0 ? 0.0 : v);
    }
    double skew = Moments.skew(x);
    double kurt = Moments.kurt(x);
    double zeroShare = present == 0 ? Double.NaN : (double) zeros / present;
    double uniqueShare = present == 0 ? Double.NaN : (double) distinct.size() / present;
    Set<AuditFlag> flags = EnumSet.noneOf(AuditFlag.class);
    if (!(availability >= settings.minAvailability())) {
      flags.add(AuditFlag.LOW_AVAILABILITY);
    }
    if (Math.abs(skew) > settings.skewLimit() && kurt > settings.kurtLimit()) {
      flags.add(AuditFlag.SKEW_KURTOSIS);
    }
    if (low + high > 0) {
      flags.add(AuditFlag.OUTLIERS);
    }
    if (zeroShare > settings.maxZeroShare()) {
      flags.add(AuditFlag.MANY_ZEROS);
    }
    if (uniqueShare < settings.minUniqueShare()) {
      flags.add(AuditFlag.FEW_UNIQUE);
    }
    return new IndicatorStatistics(code, year, x.length, present, availability, Stats.min(x), Stats.max(x),
        Stats.mean(x), Stats.quantileOfSorted(sorted, 0.5), Stats.sd(x), skew, kurt, low, high, zeroShare,
        uniqueShare, flags);
  }
}
