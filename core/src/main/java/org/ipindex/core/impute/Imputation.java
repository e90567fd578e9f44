package org.ipindex.core.impute;

import org.ipindex.core.model.Flag;

/**
 * The result of imputing one series.
 *
 * @param values {@code values[yearIndex][unitIndex]} after imputation (a new array)
 * @param flags {@code flags[yearIndex][unitIndex]}: the flag of each value that was filled in, null
 *     where the value was left as it was
 */
public record Imputation(double[][] values, Flag[][] flags) {}
