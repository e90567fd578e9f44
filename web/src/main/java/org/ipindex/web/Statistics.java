package org.ipindex.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipindex.app.Evaluator;
import org.ipindex.core.result.GroupStatistics;
import org.ipindex.core.result.GroupStatistics.GroupStat;

/**
 * Group statistics of an evaluation for the API and the pages: all units together, the four areas
 * or the five strategic regions ({@link GroupStatistics}: mean, median, min, max, units above
 * {@link Evaluator#GROUP_THRESHOLD}, leaders and biggest gainers), with the groups' labels in both
 * languages.
 */
final class Statistics {
  /** The label of the group of all units. */
  static final String ALL_ZH = "全部地区";
  static final String ALL_EN = "All regions";

  /**
   * One group's statistics.
   *
   * @param grouping all, area or strategic_region
   * @param top the leading units, best first
   * @param gainers the units with the largest change, largest first
   */
  record Group(String grouping, String labelZh, String labelEn, int units, int present, double mean, double median,
      double min, double max, double meanChange, double medianChange, int above80, List<String> top, List<String> gainers) {}

  private Statistics() {}

  /** Returns the statistics of a node in a data year over all units. */
  static Group all(Scores s, String code, int year, int topN) {
    return of(s, "all", Map.of(ALL_ZH, s.units()), Map.of(ALL_ZH, ALL_EN), code, year, topN).get(0);
  }

  /** Returns the statistics of a node in a data year per group of a grouping (area, strategic_region). */
  static List<Group> by(Scores s, Places places, String grouping, String code, int year, int topN) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    Map<String, String> english = new LinkedHashMap<>();
    for (Places.Group g : places.groups(grouping)) {
      List<String> members = g.members().stream().filter(s.units()::contains).toList();
      if (!members.isEmpty()) {
        groups.put(g.labelZh(), members);
        english.put(g.labelZh(), g.labelEn());
      }
    }
    return of(s, grouping, groups, english, code, year, topN);
  }

  private static List<Group> of(Scores s, String grouping, Map<String, List<String>> groups, Map<String, String> english,
      String code, int year, int topN) {
    List<Group> out = new ArrayList<>();
    for (GroupStat g : GroupStatistics.of(s.results(), code, year, groups, Evaluator.GROUP_THRESHOLD, topN)) {
      out.add(new Group(grouping, g.group(), english.get(g.group()), g.units(), g.present(), g.mean(), g.median(), g.min(),
          g.max(), g.meanChange(), g.medianChange(), g.aboveThreshold(), g.top(), g.gainers()));
    }
    return out;
  }
}
