package org.ipindex.app.golden;

import static org.ipindex.app.golden.CoinrGolden.compare;
import static org.ipindex.app.golden.CoinrGolden.compareRanks;
import static org.ipindex.app.golden.CoinrGolden.indicatorCodes;
import static org.ipindex.app.golden.CoinrGolden.nodeCodes;
import static org.ipindex.app.golden.CoinrGolden.step;

import java.util.List;
import java.util.Map;
import org.ipindex.core.build.Build;
import org.ipindex.core.build.Recipe;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Panel;
import org.ipindex.io.FrameworkFile;
import org.junit.jupiter.api.Test;

/**
 * COINr case 02 — the raw ASEM data, min-max [0, 100], arithmetic mean with the iMeta weights —
 * through the real readers, the recipes {@code golden/coinr-02-*.yaml} and {@link Build#replay},
 * against every cell of COINr 1.1.14's normalised data, aggregated data and ranks.
 */
class Coinr02GoldenTest {
  private static final FrameworkFile META = CoinrGolden.framework();
  private static final Framework FRAMEWORK = META.framework();
  private static final Panel DATA = CoinrGolden.panel(META, "ASEM_iData.csv");

  /** The recipe of {@code coinr-02-raw-minmax-amean.yaml}, as a program would build it. */
  static Recipe inCode(String name, Map<String, Object> aggregate) {
    return new Recipe(name, 0, List.of(
        step("normalise", Map.of("method", "minmax", "lower", 0, "upper", 100)),
        step("weight", Map.of("method", "framework")),
        step("aggregate", aggregate)));
  }

  @Test
  void the_yaml_recipes_say_what_the_recipes_in_code_say() {
    CoinrGolden.assertSameRecipe(CoinrGolden.recipe("coinr-02-raw-minmax-amean"),
        inCode("coinr-02-raw-minmax-amean", Map.of("method", "arithmetic")));
    CoinrGolden.assertSameRecipe(CoinrGolden.recipe("coinr-02-raw-minmax-amean-datthresh0.8"),
        inCode("coinr-02-raw-minmax-amean-datthresh0.8", Map.of("method", "arithmetic", "threshold", 0.8)));
  }

  @Test
  void minmax_and_arithmetic_mean_of_the_raw_data_match_coinr() {
    Build build = Build.replay(DATA, FRAMEWORK, CoinrGolden.recipe("coinr-02-raw-minmax-amean"));

    compare("02_raw_minmax_0_100.csv", build.dataset("normalised"), indicatorCodes(FRAMEWORK)).assertMatches();
    compare("02_raw_minmax_amean_Aggregated.csv", build.dataset("aggregated"), nodeCodes(FRAMEWORK)).assertMatches();
    compareRanks("02_raw_minmax_amean_ranks.csv", build.results(), nodeCodes(FRAMEWORK)).assertMatches();
  }

  @Test
  void a_data_availability_threshold_of_80_percent_matches_coinr() {
    Build build = Build.replay(DATA, FRAMEWORK, CoinrGolden.recipe("coinr-02-raw-minmax-amean-datthresh0.8"));

    compare("02_raw_minmax_amean_datthresh0.8_Aggregated.csv", build.dataset("aggregated"), nodeCodes(FRAMEWORK))
        .assertMatches();
  }
}
