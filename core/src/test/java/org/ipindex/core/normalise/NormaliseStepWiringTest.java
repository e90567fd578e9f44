package org.ipindex.core.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ipindex.core.build.BoundsScope;
import org.ipindex.core.build.Build;
import org.ipindex.core.build.Normalise;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Direction;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Kind;
import org.ipindex.core.model.Node;
import org.ipindex.core.model.Panel;
import org.junit.jupiter.api.Test;

/**
 * The methods that use what the {@link Normalise} step hands them besides values: the base year's
 * values, the indicator's target, and un-negated values for direction −1.
 */
class NormaliseStepWiringTest {
  private static final int[] YEARS = {2020, 2021};

  /** Two units, two years; {@code up} is positive with the given target, {@code down} negative with target 1. */
  private static Build build(double upTarget) {
    Framework framework = Framework.of("test", List.of(
        Node.group("index", null, "", "", Double.NaN),
        new Node("up", "index", "", "", "", Direction.POSITIVE, Kind.INTENSITY, Double.NaN, null,
            upTarget, ""),
        new Node("down", "index", "", "", "", Direction.NEGATIVE, Kind.INTENSITY, Double.NaN, null,
            1, "")));
    Panel.Builder data = Panel.builder(List.of("A", "B"), List.of("up", "down"), YEARS);
    double[][][] v = {
        {{2, 4}, {4, 2}}, // up: 2020 A, B; 2021 A, B
        {{5, 10}, {3, 10}}, // down
    };
    for (int s = 0; s < 2; s++) {
      for (int y = 0; y < 2; y++) {
        for (int u = 0; u < 2; u++) {
          data.set(u, s, y, v[s][y][u]);
        }
      }
    }
    return Build.start(data.build(), framework);
  }

  @Test
  void base_year_index_divides_by_each_units_base_year_value() {
    Panel out = build(8).apply(new Normalise(new BaseYearIndex(2020, 100), new BoundsScope.PerYear()))
        .current();
    assertThat(out.value("A", "up", 2021)).isEqualTo(200); // 100·4/2
    assertThat(out.value("B", "up", 2021)).isEqualTo(50); // 100·2/4
    assertThat(out.value("A", "down", 2021)).isEqualTo(100.0 * 5 / 3); // 100·5/3, less is better
    assertThat(out.value("B", "down", 2020)).isEqualTo(100);
  }

  @Test
  void distance_to_target_gets_the_indicators_target_and_un_negated_values() {
    Panel out = build(8).apply(new Normalise(new DistanceToTarget(true), new BoundsScope.PerYear()))
        .current();
    // up 2020: min 2, target 8 → A 0, B (4 − 2)/6
    assertThat(out.value("A", "up", 2020)).isEqualTo(0);
    assertThat(out.value("B", "up", 2020)).isEqualTo(2.0 / 6);
    // down 2020: max 10, target 1 → A (10 − 5)/9, B 0
    assertThat(out.value("A", "down", 2020)).isEqualTo(5.0 / 9);
    assertThat(out.value("B", "down", 2020)).isEqualTo(0);
  }

  @Test
  void distance_to_target_names_an_indicator_without_a_target() {
    Build noTarget = build(Double.NaN);
    Normalise step = new Normalise(new DistanceToTarget(true), new BoundsScope.PerYear());
    assertThatThrownBy(() -> noTarget.apply(step))
        .isInstanceOf(DataException.class).hasMessageContaining("'up'");
  }
}
