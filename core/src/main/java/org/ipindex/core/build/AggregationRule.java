package org.ipindex.core.build;

import java.util.Objects;
import org.ipindex.core.aggregate.Aggregator;

/**
 * How one group is aggregated.
 *
 * @param aggregator the method
 * @param threshold minimum share of children that must be present (not missing), 0 = no minimum;
 *     below it the group is missing (COINr's {@code dat_thresh})
 * @param minCoverage minimum share of the group's weight that must be observed (not imputed or
 *     carried forward), 0 = no minimum; below it the group is missing rather than resting on estimates
 */
public record AggregationRule(Aggregator aggregator, double threshold, double minCoverage) {
  public AggregationRule {
    Objects.requireNonNull(aggregator, "aggregator");
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be between 0 and 1, got " + threshold);
    }
    if (!(minCoverage >= 0 && minCoverage <= 1)) {
      throw new IllegalArgumentException("min_coverage must be between 0 and 1, got " + minCoverage);
    }
  }
}
