package org.ipindex.core.treat;

/**
 * What a treatment found and did for one indicator (one year).
 *
 * @param skewBefore sample skewness before (Excel SKEW)
 * @param kurtBefore sample excess kurtosis before (Excel KURT)
 * @param passedBefore whether the values passed the test before treatment
 * @param winsorised number of points winsorised (COINr's {@code nwin}; counted even when a fallback
 *     transform was then applied to the original values instead)
 * @param transform name of the transformation applied instead of or after winsorising, "" if none
 * @param skewAfter skewness of the returned values (NaN if untreated)
 * @param kurtAfter kurtosis of the returned values (NaN if untreated)
 * @param passedAfter whether the returned values pass (true if untreated because they passed)
 */
public record TreatmentDetails(
    double skewBefore, double kurtBefore, boolean passedBefore, int winsorised, String transform,
    double skewAfter, double kurtAfter, boolean passedAfter) {}
