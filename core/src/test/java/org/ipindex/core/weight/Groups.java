package org.ipindex.core.weight;

import java.util.ArrayList;
import java.util.List;
import org.ipindex.core.model.Direction;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Node;

/** Builds the input of a weighter for one group "G" whose children are the given indicators. */
final class Groups {
  private Groups() {}

  /** Returns group G with these children and {@code scores[child][row]}. */
  static WeightInput of(double[][] scores, String... children) {
    List<Node> nodes = new ArrayList<>();
    nodes.add(Node.group("G", null, "", "", Double.NaN));
    for (String c : children) {
      nodes.add(Node.indicator(c, "G", Direction.POSITIVE));
    }
    Framework framework = Framework.of("test", nodes);
    return new WeightInput(framework, framework.root(), framework.children("G"), scores);
  }

  /** Returns group G with these children and no scores (for methods that do not look at data). */
  static WeightInput of(String... children) {
    return of(new double[children.length][0], children);
  }
}
