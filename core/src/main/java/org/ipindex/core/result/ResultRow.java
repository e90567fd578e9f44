package org.ipindex.core.result;

/**
 * One row of the long results table: one unit, year and framework node.
 *
 * @param unitCode the unit
 * @param year the data year
 * @param evaluationYear the year the evaluation is published for (data year + the recipe's offset)
 * @param code the node
 * @param level the node's level (1 = indicator)
 * @param score the score, NaN if missing
 * @param rank competition rank among units in the year (1 = best), NaN if the score is missing
 * @param change score minus the previous year's, in points; NaN if either is missing
 * @param changePercent change as a percentage of the previous year's score; NaN if not defined
 * @param coverage share of the node's weight resting on observed values (0–1)
 */
public record ResultRow(
    String unitCode, int year, int evaluationYear, String code, int level, double score, double rank,
    double change, double changePercent, double coverage) {}
