package org.ipindex.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ipindex.core.build.Params;
import org.ipindex.core.build.Recipe;
import org.ipindex.core.build.StepSpec;
import org.ipindex.core.model.Direction;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Node;
import org.ipindex.core.model.Panel;

/**
 * A small index shaped like the regional one: 14 indicators in 5 sub-pillars and 3 pillars (weights
 * 0.25 / 0.5 / 0.25), one indicator smaller-is-better, 12 units, 4 years, seeded log-normal values
 * with about 5 % missing, and a grouping.
 */
final class Fixtures {
  static final int[] SIZES = {3, 2, 4, 2, 3};
  static final String[] SUB_PILLAR_PARENT = {"P1", "P1", "P2", "P2", "P3"};

  private Fixtures() {}

  static Framework framework() {
    List<Node> nodes = new ArrayList<>();
    nodes.add(Node.group("IDX", null, "", "Index", Double.NaN));
    nodes.add(Node.group("P1", "IDX", "", "", 0.25));
    nodes.add(Node.group("P2", "IDX", "", "", 0.5));
    nodes.add(Node.group("P3", "IDX", "", "", 0.25));
    int k = 1;
    for (int s = 0; s < SIZES.length; s++) {
      nodes.add(Node.group("S" + (s + 1), SUB_PILLAR_PARENT[s], "", "", Double.NaN));
      for (int i = 0; i < SIZES[s]; i++) {
        nodes.add(Node.indicator("I%02d".formatted(k), "S" + (s + 1), k == 5 ? Direction.NEGATIVE
            : Direction.POSITIVE));
        k++;
      }
    }
    return Framework.of("fixture", nodes);
  }

  static Panel panel(long seed) {
    Framework f = framework();
    Random random = new Random(seed);
    List<String> units = new ArrayList<>();
    List<String> area = new ArrayList<>();
    for (int u = 0; u < 12; u++) {
      units.add("U" + u);
      area.add(u < 6 ? "east" : "west");
    }
    int[] years = {2020, 2021, 2022, 2023};
    List<String> codes = f.indicators().stream().map(Node::code).toList();
    Panel.Builder b = Panel.builder(units, codes, years).grouping("area", area);
    double[] level = new double[units.size()];
    for (int u = 0; u < level.length; u++) {
      level[u] = random.nextGaussian();
    }
    for (int y = 0; y < years.length; y++) {
      for (int i = 0; i < codes.size(); i++) {
        for (int u = 0; u < units.size(); u++) {
          boolean missing = random.nextDouble() < 0.05 && y > 0;
          b.set(u, i, y, missing ? Double.NaN : Math.exp(1 + 0.8 * level[u] + 0.6 * random.nextGaussian() + 0.1 * y));
        }
      }
    }
    return b.build();
  }

  static StepSpec step(String verb, Map<String, Object> params) {
    return new StepSpec(verb, new Params("fixture", params));
  }

  /** The regional recipe: carry forward, efficacy with pooled bounds, equal weights but pillars by the framework. */
  static Recipe regional() {
    return new Recipe("regional-like", 1, List.of(
        step("impute", Map.of("method", "carry_forward", "max_years", 1)),
        step("normalise", Map.of("method", "efficacy", "bounds", "pooled")),
        step("weight", Map.of("method", "equal", "groups", Map.of("IDX", "framework"))),
        step("aggregate", Map.of("method", "arithmetic"))));
  }

  /** COINr's standard pipeline shape: group-mean imputation, winsorising, min-max, framework weights. */
  static Recipe coinrLike() {
    return new Recipe("coinr-like", 0, List.of(
        step("impute", Map.of("method", "group_mean", "grouping", "area")),
        step("treat", Map.of("method", "winsorise", "winmax", 5)),
        step("normalise", Map.of("method", "minmax", "lower", 1, "upper", 100)),
        step("weight", Map.of("method", "framework")),
        step("aggregate", Map.of("method", "arithmetic"))));
  }
}
