package org.ipindex.core.result;

import java.util.List;

/**
 * A unit's strengths and weaknesses in one year: the indicators on which it ranks best and worst
 * among all units (by normalised score).
 *
 * @param unitCode the unit
 * @param year the data year
 * @param strengths best-ranked indicators, best first
 * @param weaknesses worst-ranked indicators, worst first
 */
public record Profile(String unitCode, int year, List<Standing> strengths, List<Standing> weaknesses) {
  public Profile {
    strengths = List.copyOf(strengths);
    weaknesses = List.copyOf(weaknesses);
  }

  /** One indicator's standing for the unit: its score and rank among the units. */
  public record Standing(String indicatorCode, double score, double rank) {}
}
