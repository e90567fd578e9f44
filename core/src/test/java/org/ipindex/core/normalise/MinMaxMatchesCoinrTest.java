package org.ipindex.core.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ipindex.core.model.Direction;
import org.ipindex.core.testkit.CoinrCsv;
import org.junit.jupiter.api.Test;

/**
 * Min-max [0, 100] of each indicator of COINr's ASEM example, direction −1 indicators negated first,
 * against COINr 1.1.14's own result ({@code coinr/expected/02_raw_minmax_0_100.csv}), joined on uCode.
 */
class MinMaxMatchesCoinrTest {
  /** Relative tolerance of the reference results, taken relative to max(|expected|, 1). */
  private static final double TOLERANCE = 1e-9;

  @Test
  void matches_coinr_minmax_0_100_of_the_asem_raw_data() {
    CoinrCsv data = CoinrCsv.resource("/coinr/data/ASEM_iData.csv");
    CoinrCsv meta = CoinrCsv.resource("/coinr/data/ASEM_iMeta.csv");
    CoinrCsv expected = CoinrCsv.resource("/coinr/expected/02_raw_minmax_0_100.csv");

    Map<String, Direction> directions = new HashMap<>();
    for (String[] row : meta.rows()) {
      if (row[meta.column("Type")].equals("Indicator")) {
        directions.put(row[meta.column("iCode")],
            Direction.of((int) CoinrCsv.number(row[meta.column("Direction")])));
      }
    }
    int dataUnit = data.column("uCode");
    Map<String, Integer> expectedRowOf = new HashMap<>();
    for (int r = 0; r < expected.rows().size(); r++) {
      expectedRowOf.put(expected.rows().get(r)[expected.column("uCode")], r);
    }
    assertThat(expectedRowOf.keySet()).containsExactlyInAnyOrderElementsOf(
        data.rows().stream().map(row -> row[dataUnit]).toList());

    List<String> indicators = expected.header().subList(1, expected.header().size());
    assertThat(directions.keySet()).containsExactlyInAnyOrderElementsOf(indicators);
    List<String> mismatches = new ArrayList<>();
    int compared = 0;
    for (String code : indicators) {
      int c = data.column(code);
      double sign = directions.get(code).sign();
      double[] x = new double[data.rows().size()];
      for (int r = 0; r < x.length; r++) {
        x[r] = sign * CoinrCsv.number(data.rows().get(r)[c]);
      }
      double[] scores = new MinMax(0, 100).apply(NormaliserInput.of(x));
      for (int r = 0; r < x.length; r++) {
        String unit = data.rows().get(r)[dataUnit];
        String[] expectedRow = expected.rows().get(expectedRowOf.get(unit));
        double want = CoinrCsv.number(expectedRow[expected.column(code)]);
        compared++;
        if (!close(scores[r], want)) {
          mismatches.add(String.format(Locale.ROOT, "%s/%s: got %s, COINr %s", code, unit, scores[r], want));
        }
      }
    }
    assertThat(compared).isEqualTo(49 * 51);
    assertThat(mismatches).isEmpty();
  }

  private static boolean close(double got, double want) {
    if (Double.isNaN(want) || Double.isNaN(got)) {
      return Double.isNaN(want) && Double.isNaN(got);
    }
    return Math.abs(got - want) <= TOLERANCE * Math.max(1, Math.abs(want));
  }
}
