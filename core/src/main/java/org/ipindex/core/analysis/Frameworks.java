package org.ipindex.core.analysis;

import java.util.List;
import java.util.Set;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Node;
import org.ipindex.core.model.ProblemCode;

/** Frameworks with indicators left out. */
final class Frameworks {
  private Frameworks() {}

  /**
   * Returns the framework without the given indicators (itself when there are none).
   *
   * @throws DataException if a code is not an indicator, or leaving them out empties a group
   */
  static Framework without(Framework framework, Set<String> excluded) {
    if (excluded.isEmpty()) {
      return framework;
    }
    for (String code : excluded) {
      if (!framework.isIndicator(code)) {
        throw DataException.of(ProblemCode.UNKNOWN_INDICATOR, "exclude " + code,
            "'%s' is not an indicator of framework '%s'; only indicators can be left out".formatted(code,
                framework.name()));
      }
    }
    for (Node g : framework.groupsBottomUp()) {
      List<Node> kids = framework.children(g.code());
      if (kids.stream().allMatch(k -> excluded.contains(k.code()))) {
        throw DataException.of(ProblemCode.BAD_PARAMETER, "exclude " + excluded,
            "leaving out %s leaves group '%s' without indicators; keep at least one of its children"
                .formatted(excluded, g.code()));
      }
    }
    return Framework.of(framework.name(),
        framework.nodes().stream().filter(n -> !excluded.contains(n.code())).toList());
  }
}
