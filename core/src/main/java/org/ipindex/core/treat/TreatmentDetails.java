package org.ipindex.core.treat;

/**
 * What a treatment found and did for one indicator (one year).
 *
 * @param skewBefore sample skewness before (Excel SKEW)
 * @param kurtBefore sample excess kurtosis before (Excel KURT)
 * @param passedBefore whether the values passed the test before treatment
 * @param winsorised number of points winsorised
 * @param transform name of the transformation applied instead of or after winsorising, "" if none
 * @param skewAfter skewness after (NaN if untreated)
 * @param kurtAfter kurtosis after (NaN if untreated)
 * @param passedAfter whether the treated values pass
 */
public record TreatmentDetails(
    double skewBefore, double kurtBefore, boolean passedBefore, int winsorised, String transform,
    double skewAfter, double kurtAfter, boolean passedAfter) {}
