package org.ipindex.core.testkit;

import java.util.List;
import org.ipindex.core.model.Direction;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Kind;
import org.ipindex.core.model.Node;
import org.ipindex.core.model.Panel;

/**
 * The shared example used by tests and docs: four provinces, two years, a two-pillar framework with
 * four indicators, one of them smaller-is-better, and one value missing. Small enough to check by hand.
 *
 * <pre>
 * IDX ─┬─ P1 (weight 1) ─┬─ A  patents per 10k people     (+)
 *      │                 └─ B  examination months         (−)
 *      └─ P2 (weight 3) ─┬─ C  licence income             (+)
 *                        └─ D  satisfaction               (+)
 * </pre>
 */
public final class ExamplePanel {
  private ExamplePanel() {}

  public static final List<String> UNITS = List.of("GD", "JS", "ZJ", "XZ");

  public static Framework framework() {
    return Framework.of("example", List.of(
        Node.group("IDX", null, "示例指数", "Example index", Double.NaN),
        Node.group("P1", "IDX", "创造", "Creation", 1),
        Node.group("P2", "IDX", "运用", "Use", 3),
        new Node("A", "P1", "每万人发明专利", "Patents per 10k", "件", Direction.POSITIVE, Kind.INTENSITY,
            Double.NaN, null, Double.NaN, ""),
        new Node("B", "P1", "审查周期", "Examination period", "月", Direction.NEGATIVE, Kind.INTENSITY,
            Double.NaN, null, Double.NaN, ""),
        new Node("C", "P2", "许可收入", "Licence income", "亿元", Direction.POSITIVE, Kind.SCALE,
            Double.NaN, null, Double.NaN, ""),
        new Node("D", "P2", "满意度", "Satisfaction", "分", Direction.POSITIVE, Kind.INTENSITY,
            Double.NaN, null, Double.NaN, "")));
  }

  /**
   * Values (2022 | 2023):
   * <pre>
   *        A        B        C          D
   * GD   40 | 50  20 | 18  100 | 120   80 | 82
   * JS   30 | 36  22 | 20   60 |  66   78 | 80
   * ZJ   30 | 33  24 | 22   40 | NaN   76 | 79
   * XZ   10 | 11  30 | 30   10 |  12   70 | 71
   * </pre>
   */
  public static Panel panel() {
    double[][][] v = { // [year][indicator][unit]
        {{40, 30, 30, 10}, {20, 22, 24, 30}, {100, 60, 40, 10}, {80, 78, 76, 70}},
        {{50, 36, 33, 11}, {18, 20, 22, 30}, {120, 66, Double.NaN, 12}, {82, 80, 79, 71}},
    };
    Panel.Builder b = Panel.builder(UNITS, List.of("A", "B", "C", "D"), new int[] {2022, 2023});
    for (int y = 0; y < 2; y++) {
      for (int i = 0; i < 4; i++) {
        for (int u = 0; u < 4; u++) {
          b.set(u, i, y, v[y][i][u]);
        }
      }
    }
    b.grouping("area", List.of("east", "east", "east", "west"));
    b.unitNames(java.util.Map.of("GD", "广东", "JS", "江苏", "ZJ", "浙江", "XZ", "西藏"));
    return b.build();
  }
}
