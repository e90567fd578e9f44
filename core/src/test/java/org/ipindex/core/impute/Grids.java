package org.ipindex.core.impute;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on {@code [year][unit]} grids in which NaN (missing) equals NaN. */
final class Grids {
  private Grids() {}

  static void assertSameValues(double[][] actual, double[][] expected) {
    assertThat(actual).hasSameDimensionsAs(expected);
    for (int y = 0; y < expected.length; y++) {
      assertThat(actual[y]).as("year index %d", y).containsExactly(expected[y]);
    }
  }
}
