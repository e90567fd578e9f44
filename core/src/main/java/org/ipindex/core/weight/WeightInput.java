package org.ipindex.core.weight;

import java.util.List;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Node;

/**
 * What a {@link Weighter} sees: one group of a framework and its children.
 *
 * @param framework the whole framework (e.g. to count the indicators under each child)
 * @param group the parent node
 * @param children the children, in framework order
 * @param scores {@code scores[childIndex][row]}: the children's normalised (or aggregated) scores,
 *     one row per unit and year pooled, NaN = missing; used by data-driven methods (entropy, PCA)
 */
public record WeightInput(Framework framework, Node group, List<Node> children, double[][] scores) {}
