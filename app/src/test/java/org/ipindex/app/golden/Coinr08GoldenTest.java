package org.ipindex.app.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipindex.app.golden.CoinrGolden.compare;
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
 * COINr case 08 — the ASEM panel 2018–2022 — through the real readers, the recipes
 * {@code golden/coinr-08-*.yaml} and {@link Build#replay}, against every cell (unit × year × code)
 * of COINr 1.1.14's normalised and aggregated data, with min-max bounds pooled over the years
 * ({@code 08_purse_global}) and per year ({@code 08_purse_local}).
 *
 * <p>COINr screens the panel first: {@code Screen(unit_screen = "byNA", dat_thresh = 0.9)}, year by
 * year. The catalogue has no screen step, so {@link CoinrGolden#screen} does it before the build.
 * In this panel every unit has the same indicators present in every year, so screening per year and
 * screening on the five years pooled remove the same five units (the helper fails if a unit would
 * be removed in some years only). COINr's trend files of case 08 ({@code 08_trends_raw_CAGR.csv},
 * {@code 08_trends_raw_prc_change.csv}) describe growth functions the engine does not have; they are
 * not tested here.
 */
class Coinr08GoldenTest {
  private static final FrameworkFile META = CoinrGolden.framework();
  private static final Framework FRAMEWORK = META.framework();
  private static final Panel PANEL = CoinrGolden.panel(META, "ASEM_iData_p.csv");
  private static final CoinrGolden.Screening SCREENED = CoinrGolden.screen(PANEL, FRAMEWORK, 0.9);

  /** The recipes of {@code coinr-08-panel-*.yaml}, as a program would build them. */
  static Recipe inCode(String name, String bounds) {
    return new Recipe(name, 0, List.of(
        step("treat", Map.of("method", "winsorise", "winmax", 5, "skew_limit", 2, "kurt_limit", 3.5,
            "fallback", "log", "scope", "per_year")),
        step("normalise", Map.of("method", "minmax", "lower", 0, "upper", 100, "bounds", bounds)),
        step("weight", Map.of("method", "framework")),
        step("aggregate", Map.of("method", "arithmetic"))));
  }

  @Test
  void the_yaml_recipes_say_what_the_recipes_in_code_say() {
    CoinrGolden.assertSameRecipe(CoinrGolden.recipe("coinr-08-panel-global"), inCode("coinr-08-panel-global", "pooled"));
    CoinrGolden.assertSameRecipe(CoinrGolden.recipe("coinr-08-panel-local"), inCode("coinr-08-panel-local", "per_year"));
  }

  @Test
  void screening_at_90_percent_removes_the_five_units_coinr_removes() {
    assertThat(PANEL.years()).containsExactly(2018, 2019, 2020, 2021, 2022);
    assertThat(PANEL.unitCount()).isEqualTo(51);
    assertThat(SCREENED.removed()).containsExactly("BGD", "BRN", "KHM", "LAO", "MMR");
    assertThat(SCREENED.panel().unitCount()).isEqualTo(46);
  }

  @Test
  void bounds_pooled_over_the_years_match_coinr_global_normalisation() {
    Build build = Build.replay(SCREENED.panel(), FRAMEWORK, CoinrGolden.recipe("coinr-08-panel-global"));

    compare("08_purse_global_Normalised.csv", build.dataset("normalised"), indicatorCodes(FRAMEWORK)).assertMatches();
    compare("08_purse_global_Aggregated.csv", build.dataset("aggregated"), nodeCodes(FRAMEWORK)).assertMatches();
  }

  @Test
  void bounds_per_year_match_coinr_local_normalisation() {
    Build build = Build.replay(SCREENED.panel(), FRAMEWORK, CoinrGolden.recipe("coinr-08-panel-local"));

    compare("08_purse_local_Normalised.csv", build.dataset("normalised"), indicatorCodes(FRAMEWORK)).assertMatches();
    compare("08_purse_local_Aggregated.csv", build.dataset("aggregated"), nodeCodes(FRAMEWORK)).assertMatches();
  }
}
