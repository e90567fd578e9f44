package org.ipindex.core.stat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RanksTest {
  private static final double NA = Double.NaN;

  @Test
  void ties_share_the_lowest_rank_and_the_next_rank_skips() {
    assertThat(Ranks.descending(new double[] {90, 80, 80, 70})).containsExactly(1, 2, 2, 4);
    assertThat(Ranks.ascending(new double[] {90, 80, 80, 70})).containsExactly(4, 2, 2, 1);
  }

  @Test
  void missing_stays_missing() {
    assertThat(Ranks.descending(new double[] {NA, 5, 7})).containsExactly(NA, 2, 1);
  }
}
