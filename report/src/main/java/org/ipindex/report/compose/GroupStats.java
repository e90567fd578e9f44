package org.ipindex.report.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ipindex.app.Evaluator;
import org.ipindex.report.source.IndexRelease;

/**
 * The index statistics of one group of units (an area, a strategic region): the units of the group
 * that the release evaluates, and {@link UnitStats} of the index over them.
 *
 * @param label the group's label (Chinese, as the catalogue keeps it)
 * @param units the group's units in the release
 * @param stats the statistics of the index
 */
record GroupStats(String label, List<String> units, UnitStats stats) {
  static List<GroupStats> of(IndexRelease r, Map<String, List<String>> groups) {
    return of(r, groups, r.root().code());
  }

  static List<GroupStats> of(IndexRelease r, Map<String, List<String>> groups, String code) {
    List<GroupStats> out = new ArrayList<>();
    groups.forEach((label, members) -> {
      List<String> units = members.stream().filter(r.results().units()::contains).toList();
      if (!units.isEmpty()) {
        out.add(new GroupStats(label, units,
            UnitStats.of(r.results(), code, r.dataYear(), units, Evaluator.GROUP_THRESHOLD)));
      }
    });
    return out;
  }
}
