/**
 * What a build produces: {@link org.ipindex.core.result.Results} (scores, ranks, changes, coverage,
 * contributions, strengths and weaknesses), {@link org.ipindex.core.result.GroupStatistics} for areas
 * and strategic regions, and the {@link org.ipindex.core.result.CoverageReport} printed with every
 * evaluation.
 */
package org.ipindex.core.result;
