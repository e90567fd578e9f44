package org.ipindex.core.result;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ipindex.core.stat.Stats;

/**
 * Statistics of one node's scores over groups of units (areas, strategic regions) in one year: mean,
 * median, minimum, maximum, how many units are above a threshold, the leading units and the biggest
 * gainers. A unit may belong to several groups (a strategic region is not a partition), so groups
 * are given as lists of unit codes. Units with a missing score are left out and counted.
 */
public final class GroupStatistics {
  private GroupStatistics() {}

  /**
   * The statistics of one group.
   *
   * @param group the group's label
   * @param units units in the group
   * @param present units with a score
   * @param mean mean score
   * @param median median score
   * @param min lowest score
   * @param max highest score
   * @param meanChange mean change against the previous year (units with both scores)
   * @param medianChange median of those changes
   * @param aboveThreshold units scoring above the threshold (strictly)
   * @param top leading units, best first
   * @param gainers units with the largest change, largest first
   */
  public record GroupStat(
      String group, int units, int present, double mean, double median, double min, double max,
      double meanChange, double medianChange, int aboveThreshold, List<String> top, List<String> gainers) {
    public GroupStat {
      top = List.copyOf(top);
      gainers = List.copyOf(gainers);
    }
  }

  /**
   * Returns the statistics of {@code code} in {@code year} for each group, in the order given.
   *
   * @param groups group label → unit codes
   * @param threshold score above which a unit is counted (e.g. 80)
   * @param topN how many leading units and gainers to list
   */
  public static List<GroupStat> of(Results results, String code, int year, Map<String, List<String>> groups,
      double threshold, int topN) {
    Objects.requireNonNull(groups, "groups");
    List<GroupStat> out = new ArrayList<>();
    for (Map.Entry<String, List<String>> g : groups.entrySet()) {
      List<String> members = g.getValue();
      double[] scores = new double[members.size()];
      double[] changes = new double[members.size()];
      int above = 0;
      for (int i = 0; i < members.size(); i++) {
        scores[i] = results.score(members.get(i), code, year);
        changes[i] = results.change(members.get(i), code, year);
        if (scores[i] > threshold) {
          above++;
        }
      }
      out.add(new GroupStat(g.getKey(), members.size(), Stats.count(scores), Stats.mean(scores),
          Stats.median(scores), Stats.min(scores), Stats.max(scores), Stats.mean(changes),
          Stats.median(changes), above, best(members, scores, topN), best(members, changes, topN)));
    }
    return out;
  }

  /** Returns groups from a grouping column: label → the units carrying it, in unit order. */
  public static Map<String, List<String>> groupsOf(List<String> units, List<String> labels) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (int i = 0; i < units.size(); i++) {
      String l = labels.get(i);
      if (l != null && !l.isBlank()) {
        out.computeIfAbsent(l, k -> new ArrayList<>()).add(units.get(i));
      }
    }
    return out;
  }

  private static List<String> best(List<String> members, double[] values, int n) {
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      if (!Double.isNaN(values[i])) {
        idx.add(i);
      }
    }
    idx.sort(Comparator.comparingDouble((Integer i) -> -values[i]));
    return idx.stream().limit(n).map(members::get).toList();
  }
}
