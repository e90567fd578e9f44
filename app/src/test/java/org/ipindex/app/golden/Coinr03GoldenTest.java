package org.ipindex.app.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.ipindex.app.golden.CoinrGolden.compare;
import static org.ipindex.app.golden.CoinrGolden.compareRanks;
import static org.ipindex.app.golden.CoinrGolden.indicatorCodes;
import static org.ipindex.app.golden.CoinrGolden.nodeCodes;
import static org.ipindex.app.golden.CoinrGolden.step;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ipindex.core.build.Build;
import org.ipindex.core.build.Recipe;
import org.ipindex.core.build.StepSpec;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Panel;
import org.ipindex.io.FrameworkFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * COINr case 03 — normalisation and aggregation variants after COINr's standard pipeline (denominate
 * by iMeta's Denominator column, impute by the EurAsia_group mean, screen (nobody removed), treat
 * outliers with the defaults) — through the real readers, the recipes {@code golden/coinr-03-*.yaml}
 * and {@link Build#replay}, against every cell of COINr 1.1.14's normalised data, aggregated data
 * and ranks of each variant.
 */
class Coinr03GoldenTest {
  private static final FrameworkFile META = CoinrGolden.framework();
  private static final Framework FRAMEWORK = META.framework();
  private static final Panel DATA = CoinrGolden.panel(META, "ASEM_iData.csv");

  private static final Map<String, Object> FRAMEWORK_WEIGHTS = Map.of("method", "framework");
  private static final Map<String, Object> ARITHMETIC = Map.of("method", "arithmetic");

  /**
   * One variant: its recipe file (without {@code .yaml}), COINr's file prefix, the normalise,
   * weight and aggregate steps as a program would write them, and whether COINr wrote the
   * normalised data and ranks (the ConnWeight2 variant has only the aggregated data).
   */
  record Variant(String recipe, String coinr, Map<String, Object> normalise, Map<String, Object> weight,
      Map<String, Object> aggregate, boolean normalisedAndRanks) {
    Recipe inCode() {
      List<StepSpec> steps = new ArrayList<>(standardPipeline());
      steps.add(step("normalise", normalise));
      steps.add(step("weight", weight));
      steps.add(step("aggregate", aggregate));
      return new Recipe(recipe, 0, steps);
    }

    @Override
    public String toString() {
      return coinr;
    }
  }

  /** COINr's standard pipeline up to the treated data, as a program would write it. */
  static List<StepSpec> standardPipeline() {
    return List.of(
        step("denominate", Map.of("method", "framework")),
        step("impute", Map.of("method", "group_mean", "grouping", "EurAsia_group")),
        step("treat", Map.of("method", "winsorise", "winmax", 5, "skew_limit", 2, "kurt_limit", 3.5,
            "fallback", "log", "scope", "per_year")));
  }

  static Stream<Variant> variants() {
    Map<String, Object> minmax0To100 = Map.of("method", "minmax", "lower", 0, "upper", 100);
    Map<String, Object> minmax1To100 = Map.of("method", "minmax", "lower", 1, "upper", 100);
    return Stream.of(
        new Variant("coinr-03-minmax0_100-amean", "03_minmax0_100_amean",
            minmax0To100, FRAMEWORK_WEIGHTS, ARITHMETIC, true),
        new Variant("coinr-03-zscore0_1-amean", "03_zscore0_1_amean",
            Map.of("method", "zscore", "mean", 0, "sd", 1), FRAMEWORK_WEIGHTS, ARITHMETIC, true),
        new Variant("coinr-03-minmax1_100-gmean", "03_minmax1_100_gmean",
            minmax1To100, FRAMEWORK_WEIGHTS, Map.of("method", "geometric"), true),
        new Variant("coinr-03-minmax1_100-hmean", "03_minmax1_100_hmean",
            minmax1To100, FRAMEWORK_WEIGHTS, Map.of("method", "harmonic"), true),
        new Variant("coinr-03-minmax1_100-mixed-amean-gmean-amean", "03_minmax1_100_mixed_amean_gmean_amean",
            minmax1To100, FRAMEWORK_WEIGHTS,
            Map.of("method", "arithmetic", "levels", Map.of(3, "geometric")), true),
        new Variant("coinr-03-prank-amean", "03_prank_amean",
            Map.of("method", "percentile_rank"), FRAMEWORK_WEIGHTS, ARITHMETIC, true),
        new Variant("coinr-03-rank-amean", "03_rank_amean",
            Map.of("method", "rank"), FRAMEWORK_WEIGHTS, ARITHMETIC, true),
        new Variant("coinr-03-borda-amean", "03_borda_amean",
            Map.of("method", "borda"), FRAMEWORK_WEIGHTS, ARITHMETIC, true),
        new Variant("coinr-03-dist2max-amean", "03_dist2max_amean",
            Map.of("method", "distance_to_max"), FRAMEWORK_WEIGHTS, ARITHMETIC, true),
        new Variant("coinr-03-minmax0_100-amean-connweight2", "03_minmax0_100_amean_ConnWeight2",
            minmax0To100,
            Map.of("method", "framework", "groups", Map.of("Index", Map.of("method", "ahp",
                // rows and columns in order (Map.of has none), as a YAML mapping keeps them
                "matrix", ordered("Conn", ordered("Conn", 1, "Sust", 2), "Sust", ordered("Conn", "1/2", "Sust", 1))))),
            ARITHMETIC, false));
  }

  private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(k1, v1);
    m.put(k2, v2);
    return m;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void the_yaml_recipe_says_what_the_recipe_in_code_says(Variant v) {
    CoinrGolden.assertSameRecipe(CoinrGolden.recipe(v.recipe()), v.inCode());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void the_variant_matches_coinr(Variant v) {
    Build build = Build.replay(DATA, FRAMEWORK, CoinrGolden.recipe(v.recipe()));

    if (v.normalisedAndRanks()) {
      compare(v.coinr() + "_Normalised.csv", build.dataset("normalised"), indicatorCodes(FRAMEWORK)).assertMatches();
    }
    compare(v.coinr() + "_Aggregated.csv", build.dataset("aggregated"), nodeCodes(FRAMEWORK)).assertMatches();
    if (v.normalisedAndRanks()) {
      compareRanks(v.coinr() + "_ranks.csv", build.results(), nodeCodes(FRAMEWORK)).assertMatches();
    }
  }

  /** The AHP comparison of the ConnWeight2 recipe gives the weights COINr was given: 2 and 1. */
  @Test
  void the_pairwise_comparison_weighs_conn_two_thirds_and_sust_one_third() {
    Build build = Build.replay(DATA, FRAMEWORK, CoinrGolden.recipe("coinr-03-minmax0_100-amean-connweight2"));

    assertThat(build.weights().of("Conn")).isCloseTo(2.0 / 3, within(1e-15));
    assertThat(build.weights().of("Sust")).isCloseTo(1.0 / 3, within(1e-15));
  }

  /** COINr's own way to weigh Conn 2: the Weight column of iMeta, here edited in the framework. */
  @Test
  void weighing_conn_2_in_the_framework_matches_coinr_too() {
    Framework conn2 = FRAMEWORK.map(n -> n.code().equals("Conn") ? n.withWeight(2) : n);

    Build build = Build.replay(DATA, conn2, CoinrGolden.recipe("coinr-03-minmax0_100-amean"));

    compare("03_minmax0_100_amean_ConnWeight2_Aggregated.csv", build.dataset("aggregated"), nodeCodes(conn2))
        .assertMatches();
  }

  /**
   * COINr's standard pipeline screens the imputed data, where the group means have filled every
   * gap, so screening at 90 % removes nobody and the recipes need no screen step (there is none in
   * the catalogue). The same rule on the raw data would remove five units, which COINr's results hold.
   */
  @Test
  void screening_the_imputed_data_at_90_percent_removes_nobody() {
    Build imputed = Build.replay(DATA, FRAMEWORK, new Recipe("up-to-imputed", 0, standardPipeline().subList(0, 2)));

    assertThat(CoinrGolden.screen(imputed.dataset("imputed"), FRAMEWORK, 0.9).removed()).isEmpty();
    assertThat(CoinrGolden.screen(DATA, FRAMEWORK, 0.9).removed()).containsExactly("BGD", "BRN", "KHM", "LAO", "MMR");
  }
}
