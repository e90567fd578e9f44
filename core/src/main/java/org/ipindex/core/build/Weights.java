package org.ipindex.core.build;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Node;

/**
 * The weight of every non-root node relative to its siblings (siblings sum to 1), as used by an
 * aggregation. The root has weight 1.
 */
public record Weights(Map<String, Double> byNode) {
  public Weights {
    byNode = Collections.unmodifiableMap(new LinkedHashMap<>(byNode));
  }

  /** Returns the weight of a node among its siblings. */
  public double of(String code) {
    Double w = byNode.get(code);
    if (w == null) {
      throw new IllegalArgumentException("no weight for node " + code);
    }
    return w;
  }

  /**
   * Returns the node's weight in the index: the product of the weights on the path from the root,
   * i.e. how much one point on this node moves the index (for arithmetic aggregation).
   */
  public double effective(Framework framework, String code) {
    double w = 1;
    for (Node n : framework.ancestry(code)) {
      if (n.parentCode() != null && !n.parentCode().isEmpty()) {
        w *= of(n.code());
      }
    }
    return w;
  }
}
