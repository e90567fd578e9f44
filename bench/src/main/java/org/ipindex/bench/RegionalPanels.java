package org.ipindex.bench;

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
 * Benchmark inputs shaped like the regional evaluation: 82 indicators in 9 sub-pillars and 3 pillars
 * (the official structure: 6, 5, 6 | 24, 15, 8 | 3, 9, 6 indicators), any number of units, 10 years,
 * seeded random values with 3 % missing, and the official regional recipe.
 */
public final class RegionalPanels {
  private static final int[] SUBPILLAR_SIZES = {6, 5, 6, 24, 15, 8, 3, 9, 6};
  private static final int[] SUBPILLAR_PILLAR = {1, 1, 1, 2, 2, 2, 3, 3, 3};
  private static final double[] PILLAR_WEIGHTS = {0.25, 0.5, 0.25};

  private RegionalPanels() {}

  public static Framework framework() {
    List<Node> nodes = new ArrayList<>();
    nodes.add(Node.group("RI", null, "地区知识产权发展指数", "Regional IP development index", Double.NaN));
    for (int p = 1; p <= 3; p++) {
      nodes.add(Node.group("RP" + p, "RI", "", "", PILLAR_WEIGHTS[p - 1]));
    }
    int k = 1;
    for (int s = 0; s < SUBPILLAR_SIZES.length; s++) {
      nodes.add(Node.group("RS" + (s + 1), "RP" + SUBPILLAR_PILLAR[s], "", "", Double.NaN));
      for (int i = 0; i < SUBPILLAR_SIZES[s]; i++) {
        nodes.add(Node.indicator("R%02d".formatted(k++), "RS" + (s + 1), Direction.POSITIVE));
      }
    }
    return Framework.of("regional-bench", nodes);
  }

  /** Returns a panel of {@code units} units × 82 indicators × {@code years} years (2015 on). */
  public static Panel panel(int units, int years, long seed) {
    Framework f = framework();
    Random rnd = new Random(seed);
    List<String> unitCodes = new ArrayList<>();
    for (int u = 0; u < units; u++) {
      unitCodes.add("U" + u);
    }
    int[] ys = new int[years];
    for (int y = 0; y < years; y++) {
      ys[y] = 2015 + y;
    }
    List<String> codes = f.indicators().stream().map(Node::code).toList();
    Panel.Builder b = Panel.builder(unitCodes, codes, ys);
    for (int y = 0; y < years; y++) {
      for (int i = 0; i < codes.size(); i++) {
        for (int u = 0; u < units; u++) {
          b.set(u, i, y, rnd.nextDouble() < 0.03 ? Double.NaN : Math.exp(3 * rnd.nextGaussian()));
        }
      }
    }
    return b.build();
  }

  /** Returns the official regional recipe (as shipped in recipes/regional.yaml). */
  public static Recipe recipe() {
    return new Recipe("regional-ip-development-index", 1, List.of(
        new StepSpec("impute", new Params("", Map.of("method", "carry_forward", "max_years", 1))),
        new StepSpec("normalise", new Params("", Map.of("method", "efficacy", "bounds", "pooled"))),
        new StepSpec("weight", new Params("", Map.of("method", "equal", "groups", Map.of("RI", "framework")))),
        new StepSpec("aggregate", new Params("", Map.of("method", "arithmetic")))));
  }
}
