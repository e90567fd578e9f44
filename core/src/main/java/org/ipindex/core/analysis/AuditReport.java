package org.ipindex.core.analysis;

import java.util.List;

/**
 * The statistical audit of an index in one year.
 *
 * @param year the data year
 * @param indicators statistics and flags of every indicator's raw values, framework order
 * @param correlations correlations of siblings, of each node with its parent and with the index,
 *     on the scores that were aggregated
 * @param groups Cronbach's alpha and principal components of every group's children
 * @param leaveOneOut the impact of leaving out each indicator on the ranks
 */
public record AuditReport(int year, List<IndicatorStatistics> indicators, List<CorrelationRow> correlations,
    List<GroupConsistency> groups, LeaveOneOut.Result leaveOneOut) {
  public AuditReport {
    indicators = List.copyOf(indicators);
    correlations = List.copyOf(correlations);
    groups = List.copyOf(groups);
  }
}
