package org.ipindex.core.analysis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ipindex.core.build.Build;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Node;
import org.ipindex.core.model.Panel;

/**
 * The statistical audit of a built index (the JRC's audit and COINr's {@code get_stats},
 * {@code get_corr}, {@code get_corr_flags}, {@code get_cronbach}, {@code get_PCA}), in one year:
 *
 * <ul>
 *   <li>per indicator, on the raw values: availability, skew, kurtosis, outliers and other flags
 *       ({@link IndicatorStatistics});
 *   <li>Pearson and Spearman correlations, on the scores that were aggregated (normalised indicators
 *       and the aggregates): of the children of every group among themselves, of every node with its
 *       parent and with the index; siblings at or above {@link AuditSettings#highCorrelation()} and
 *       any pair at or below {@link AuditSettings#negativeCorrelation()} flagged (Pearson);
 *   <li>per group: Cronbach's alpha and the principal components of its children ({@link GroupConsistency});
 *   <li>the impact on ranks of leaving out each indicator ({@link LeaveOneOut}, run by the caller).
 * </ul>
 *
 * <p>Reference: OECD/JRC Handbook on Constructing Composite Indicators (2008), steps 4 and 7;
 * the JRC statistical audits (e.g. of the Global Innovation Index).
 */
public final class Audit {
  private Audit() {}

  /**
   * Returns the audit.
   *
   * @param build the nominal build (it must have aggregated)
   * @param year the data year audited
   * @param leaveOneOut the leave-one-indicator-out result, or null
   */
  public static AuditReport of(Build build, int year, AuditSettings settings, LeaveOneOut.Result leaveOneOut) {
    Objects.requireNonNull(settings, "settings");
    Framework fw = build.framework();
    if (build.input().yearIndex(year) < 0) {
      throw new IllegalArgumentException("year " + year + " is not in the data");
    }
    Panel scores = build.results().scores();
    int y = scores.yearIndex(year);
    List<IndicatorStatistics> indicators = IndicatorStatistics.of(build.dataset("raw"), fw.indicators(), year,
        settings);
    List<CorrelationRow> correlations = new ArrayList<>();
    List<GroupConsistency> groups = new ArrayList<>();
    String root = fw.root().code();
    for (Node g : fw.groupsBottomUp()) {
      List<Node> kids = fw.children(g.code());
      double[][] columns = new double[kids.size()][];
      for (int i = 0; i < kids.size(); i++) {
        columns[i] = scores.vector(scores.seriesIndex(kids.get(i).code()), y);
      }
      for (int i = 0; i < kids.size(); i++) {
        for (int j = i + 1; j < kids.size(); j++) {
          correlations.add(row(kids.get(i).code(), kids.get(j).code(), CorrelationRow.Relation.SIBLING, columns[i],
              columns[j], settings));
        }
      }
      double[] parent = scores.vector(scores.seriesIndex(g.code()), y);
      double[] index = scores.vector(scores.seriesIndex(root), y);
      for (int i = 0; i < kids.size(); i++) {
        correlations.add(row(kids.get(i).code(), g.code(), CorrelationRow.Relation.PARENT, columns[i], parent,
            settings));
        if (!g.code().equals(root)) {
          correlations.add(row(kids.get(i).code(), root, CorrelationRow.Relation.INDEX, columns[i], index, settings));
        }
      }
      groups.add(GroupConsistency.of(g.code(), kids.stream().map(Node::code).toList(), columns));
    }
    return new AuditReport(year, indicators, correlations, groups, leaveOneOut);
  }

  private static CorrelationRow row(String a, String b, CorrelationRow.Relation relation, double[] x, double[] y,
      AuditSettings settings) {
    double pearson = Correlations.pearson(x, y);
    Set<AuditFlag> flags = EnumSet.noneOf(AuditFlag.class);
    if (relation == CorrelationRow.Relation.SIBLING && pearson >= settings.highCorrelation()) {
      flags.add(AuditFlag.HIGH_CORRELATION);
    }
    if (pearson <= settings.negativeCorrelation()) {
      flags.add(AuditFlag.NEGATIVE_CORRELATION);
    }
    return new CorrelationRow(a, b, relation, pearson, Correlations.spearman(x, y), Correlations.pairs(x, y), flags);
  }
}
