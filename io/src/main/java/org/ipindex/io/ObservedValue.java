package org.ipindex.io;

/**
 * One row of a file of observed values of target indicators.
 *
 * @param indicator the indicator's code, as in the target file
 * @param year the year the value is for
 * @param value the value (finite)
 * @param source where it is printed, or ""
 */
public record ObservedValue(String indicator, int year, double value, String source) {}
