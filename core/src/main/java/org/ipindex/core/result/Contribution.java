package org.ipindex.core.result;

/**
 * How much one indicator moved a node's score between two years.
 *
 * @param indicatorCode the indicator
 * @param weight its effective weight in the node (product of sibling weights on the path)
 * @param change the indicator's score change in points
 * @param contribution {@code weight × change}: its share of the node's change, in points
 */
public record Contribution(String indicatorCode, double weight, double change, double contribution) {}
