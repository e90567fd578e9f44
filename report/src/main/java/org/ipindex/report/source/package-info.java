/**
 * What a report is built from, read once from the statistics store: the releases evaluated again
 * and checked, the progress of the expected indicators, region names and groupings, data sources.
 * Start with {@link org.ipindex.report.source.ReportSources#load}.
 */
package org.ipindex.report.source;
