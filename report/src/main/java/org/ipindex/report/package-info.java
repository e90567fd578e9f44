/**
 * ipindex report: the development report's quantitative chapters written from releases, in Word,
 * PDF, HTML and Excel. Start with {@link org.ipindex.report.ReportWriter#write}; the document model
 * is in {@code model}, its building in {@code compose}, the charts in {@code chart} and the four
 * renderings in {@code render}.
 */
package org.ipindex.report;
