package org.ipindex.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DesignTest {
  @Test
  void sobol_points_start_after_the_origin() {
    double[][] p = Sampler.SOBOL.points(4, 2, 123);

    assertThat(p[0]).containsExactly(0.5, 0.5);
    assertThat(p[1]).containsExactly(0.75, 0.25);
    assertThat(p[2]).containsExactly(0.25, 0.75);
    assertThat(p[3]).containsExactly(0.375, 0.375);
  }

  @Test
  void monte_carlo_points_depend_on_the_seed_only() {
    assertThat(Sampler.MONTE_CARLO.points(5, 3, 42)).isDeepEqualTo(Sampler.MONTE_CARLO.points(5, 3, 42));
    assertThat(Sampler.MONTE_CARLO.points(5, 3, 42)[0]).isNotEqualTo(Sampler.MONTE_CARLO.points(5, 3, 43)[0]);
    for (double[] row : Sampler.MONTE_CARLO.points(100, 4, 1)) {
      for (double u : row) {
        assertThat(u).isBetween(0.0, 1.0).isLessThan(1.0);
      }
    }
  }

  @Test
  void saltelli_runs_a_then_b_then_a_with_each_inputs_coordinates_from_b() {
    // inputs of 1, 2 and 1 coordinates; N = 3
    Design d = Design.saltelli(Sampler.MONTE_CARLO, 3, new int[] {1, 2, 1}, 5);
    double[][] base = Sampler.MONTE_CARLO.points(3, 8, 5);

    assertThat(d.runs()).isEqualTo(3 * (3 + 2));
    for (int j = 0; j < 3; j++) {
      double[] a = java.util.Arrays.copyOfRange(base[j], 0, 4);
      double[] b = java.util.Arrays.copyOfRange(base[j], 4, 8);
      assertThat(d.point(j)).containsExactly(a);
      assertThat(d.point(3 + j)).containsExactly(b);
      assertThat(d.point(6 + j)).containsExactly(b[0], a[1], a[2], a[3]);
      assertThat(d.point(9 + j)).containsExactly(a[0], b[1], b[2], a[3]);
      assertThat(d.point(12 + j)).containsExactly(a[0], a[1], a[2], b[3]);
    }
    assertThat(d.block(0)).isEqualTo("A");
    assertThat(d.block(5)).isEqualTo("B");
    assertThat(d.block(6)).isEqualTo("AB1");
    assertThat(d.block(14)).isEqualTo("AB3");
    assertThat(d.baseSize()).isEqualTo(3);
    assertThat(d.inputs()).isEqualTo(3);
  }

  @Test
  void refuses_designs_that_estimate_nothing() {
    assertThatThrownBy(() -> Design.saltelli(Sampler.SOBOL, 10, new int[] {1}, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least two uncertain inputs");
    assertThatThrownBy(() -> Design.uncertainty(Sampler.SOBOL, 0, 2, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one run");
    assertThatThrownBy(() -> Sampler.SOBOL.points(1, 30000, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 21201");
    assertThatThrownBy(() -> Sampler.parse("latin"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("monte_carlo or sobol");
  }

  @Test
  void parses_sampler_names() {
    assertThat(Sampler.parse("Sobol")).isEqualTo(Sampler.SOBOL);
    assertThat(Sampler.parse("monte-carlo")).isEqualTo(Sampler.MONTE_CARLO);
    assertThat(Sampler.MONTE_CARLO.text()).isEqualTo("monte_carlo");
  }
}
