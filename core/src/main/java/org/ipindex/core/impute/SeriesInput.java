package org.ipindex.core.impute;

import java.util.List;
import java.util.Map;

/**
 * What an {@link Imputer} sees: one series of a panel over all years. Arrays are not copied: an
 * imputer must not change them.
 *
 * @param seriesCode the indicator, for messages
 * @param years the years, ascending
 * @param values {@code values[yearIndex][unitIndex]}, NaN = missing
 * @param units unit codes, for messages
 * @param groupings the panel's grouping columns (column → one label per unit, null where none)
 */
public record SeriesInput(
    String seriesCode, int[] years, double[][] values, List<String> units,
    Map<String, List<String>> groupings) {}
