package org.ipindex.core.analysis;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The correlation of two nodes over the units of one year.
 *
 * @param first a node
 * @param second a sibling of {@code first}, its parent, or the index
 * @param relation how the two are related
 * @param pearson Pearson's correlation
 * @param spearman Spearman's rank correlation
 * @param pairs the number of units where both have a score
 * @param flags {@link AuditFlag#HIGH_CORRELATION} (siblings only) or {@link AuditFlag#NEGATIVE_CORRELATION}
 */
public record CorrelationRow(String first, String second, Relation relation, double pearson, double spearman,
    int pairs, Set<AuditFlag> flags) {
  public CorrelationRow {
    flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
  }

  /** How two correlated nodes are related. */
  public enum Relation {
    /** Two children of the same group. */
    SIBLING,
    /** A node and its parent. */
    PARENT,
    /** A node and the index (when the index is not its parent). */
    INDEX
  }
}
