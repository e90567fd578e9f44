package org.ipindex.core.treat;

/**
 * The result of treating one vector of values.
 *
 * @param values the treated values (a new array; NaN stays NaN)
 * @param points per value, how it was treated: null if unchanged, else a short code such as
 *     {@code "winhi"}, {@code "winlo"}, {@code "log_CT"} (COINr's words)
 * @param details statistics before and after, for the audit trail
 */
public record Treatment(double[] values, String[] points, TreatmentDetails details) {}
