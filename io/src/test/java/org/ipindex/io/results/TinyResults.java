package org.ipindex.io.results;

import java.util.List;
import java.util.Map;
import org.ipindex.core.build.Weights;
import org.ipindex.core.model.Direction;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Kind;
import org.ipindex.core.model.Node;
import org.ipindex.core.model.Panel;
import org.ipindex.core.result.Results;

/**
 * Hand-made results: index IDX (level 3) over group P (level 2: I1, I2) and indicator I3; units
 * 11 北京, 12 天津 and "-X" (a name that looks like a formula); years 2022 and 2023.
 */
final class TinyResults {
  static final double THIRD = 1.0 / 3;

  private TinyResults() {}

  static Framework framework() {
    return Framework.of("tiny", List.of(
        Node.group("IDX", null, "综合指数", "Index", Double.NaN),
        Node.group("P", "IDX", "知识产权保护", "=Protection", 1),
        new Node("I1", "P", "结案量", "Cases", "件", Direction.POSITIVE, Kind.SCALE, 1, null, Double.NaN, ""),
        Node.indicator("I2", "P", Direction.NEGATIVE),
        Node.indicator("I3", "IDX", Direction.POSITIVE)));
  }

  static Results results() {
    Framework f = framework();
    List<String> codes = f.nodes().stream().map(Node::code).toList();
    List<String> units = List.of("11", "12", "-X");
    double[][][] scores = { // [year][node][unit]
        {{70, 60.5, Double.NaN}, {0.1 + 0.2, 50, 40}, {THIRD, 1e-5, 2}, {100, 0, Double.NaN}, {70, 60.5, 1e20}},
        {{72.25, 60.5, 55}, {0.3, 51, 39}, {THIRD, 123456789.123, 2}, {-0.0, 5, 6}, {72.25, 60.5, 55}}};
    Panel.Builder s = Panel.builder(units, codes, new int[] {2022, 2023});
    Panel.Builder c = Panel.builder(units, codes, new int[] {2022, 2023});
    for (int y = 0; y < 2; y++) {
      for (int n = 0; n < codes.size(); n++) {
        for (int u = 0; u < units.size(); u++) {
          s.set(u, n, y, scores[y][n][u]);
          c.set(u, n, y, Double.isNaN(scores[y][n][u]) ? Double.NaN : u == 1 ? 0.5 : 1);
        }
      }
    }
    s.unitNames(Map.of("11", "北京", "12", "天津", "-X", "@evil"));
    Weights w = new Weights(Map.of("IDX", 1.0, "P", 0.5, "I1", 0.5, "I2", 0.5, "I3", 0.5));
    return Results.of(f, s.build(), c.build(), w, 1);
  }
}
