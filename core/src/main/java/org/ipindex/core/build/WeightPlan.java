package org.ipindex.core.build;

import org.ipindex.core.weight.FrameworkWeights;
import org.ipindex.core.weight.Weighter;

/** Which weighting method sets the weights of each group's children; made by a {@link Weigh} step. */
public record WeightPlan(PerGroup<Weighter> weighters) {
  /** The plan used when a recipe has no weight step: the framework's weights everywhere. */
  public static final WeightPlan FRAMEWORK = new WeightPlan(PerGroup.of(new FrameworkWeights()));
}
