package org.ipindex.core.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ipindex.core.model.Direction;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Node;
import org.ipindex.core.model.Panel;
import org.ipindex.core.result.ResultRow;
import org.ipindex.core.result.Results;
import org.junit.jupiter.api.Test;

/**
 * Pins the exact output of whole evaluations on seeded panels shaped like the benchmark (82
 * indicators, 9 sub-pillars, 3 pillars): every field of every {@link Results#rows() row}, every value
 * and flag of every dataset, the coverage and the weights, hashed bit for bit. The expected hashes
 * were computed with the code before the performance work (commit df2449d) and updated once, for
 * the correctly rounded arithmetic mean that matches COINr bit for bit (ExactSum; the hashes of the
 * geometric-mean case did not change), again on the code before the performance work — so any
 * change in a result, however small, fails here.
 */
class RegressionPinTest {
  private static final int[] SUBPILLAR_SIZES = {6, 5, 6, 24, 15, 8, 3, 9, 6};
  private static final int[] SUBPILLAR_PILLAR = {1, 1, 1, 2, 2, 2, 3, 3, 3};
  private static final double[] PILLAR_WEIGHTS = {0.25, 0.5, 0.25};

  /** The benchmark's shape and recipe: carry_forward, efficacy with pooled bounds, equal, arithmetic. */
  @Test
  void the_regional_recipe_on_a_seeded_50_unit_panel_is_unchanged() {
    Framework fw = framework(false);
    Panel panel = panel(fw, 50, consecutiveYears(2015, 10), 42, false, false);
    Build b = Build.replay(panel, fw, recipe(
        step("impute", Map.of("method", "carry_forward", "max_years", 1)),
        step("normalise", Map.of("method", "efficacy", "bounds", "pooled")),
        step("weight", Map.of("method", "equal", "groups", Map.of("RI", "framework"))),
        step("aggregate", Map.of("method", "arithmetic"))));
    Results r = b.results();

    assertThat(Double.doubleToLongBits(r.score("U0", "RI", 2024))).isEqualTo(0x404e26ccb34290f7L);
    assertThat(Double.doubleToLongBits(r.score("U17", "RP2", 2019))).isEqualTo(0x404e9e4a34e0e408L);
    assertThat(Double.doubleToLongBits(r.change("U3", "RS4", 2020))).isEqualTo(0x3fc2e9278b808700L);
    assertThat(r.rank("U0", "RI", 2024)).isEqualTo(26.0);
    assertThat(hash(b)).isEqualTo("c9fd9f3b67753dca707c733702a9568c01dd8ffefc615a09df08e74386515b16");
  }

  /**
   * Other paths through the same code: smaller-is-better indicators, a gap in the years (changes
   * against a missing calendar year), imputed flags with a method name, per-year bounds, geometric mean.
   */
  @Test
  void linear_imputation_per_year_bounds_and_a_year_gap_are_unchanged() {
    Framework fw = framework(true);
    Panel panel = panel(fw, 37, new int[] {2015, 2016, 2017, 2019, 2020, 2021}, 7, false, true);
    Build b = Build.replay(panel, fw, recipe(
        step("impute", Map.of("method", "linear")),
        step("normalise", Map.of("method", "efficacy", "bounds", "per_year")),
        step("aggregate", Map.of("method", "geometric"))));
    assertThat(hash(b)).isEqualTo("33c6b3b0ca4adc455e93d6d605988abcb9a806b9ac4a75ff873b0a72749c359e");
  }

  /** Treated flags, group imputation, z-scores over pooled bounds, ties in the ranks, a threshold. */
  @Test
  void treatment_group_imputation_ties_and_a_threshold_are_unchanged() {
    Framework fw = framework(true);
    Panel panel = panel(fw, 29, consecutiveYears(2018, 4), 11, true, true);
    Build b = Build.replay(panel, fw, recipe(
        step("impute", Map.of("method", "group_mean", "grouping", "area")),
        step("treat", Map.of("method", "winsorise")),
        step("normalise", Map.of("method", "rank", "bounds", "pooled")),
        step("weight", Map.of("method", "equal")),
        step("aggregate", Map.of("method", "arithmetic", "threshold", 0.8))));
    assertThat(hash(b)).isEqualTo("3f73c392c79ef5741f82c08d0904c330dc378281f89644913a806fb846fa38ff");
  }

  private static Framework framework(boolean someNegative) {
    List<Node> nodes = new ArrayList<>();
    nodes.add(Node.group("RI", null, "地区知识产权发展指数", "Regional IP development index", Double.NaN));
    for (int p = 1; p <= 3; p++) {
      nodes.add(Node.group("RP" + p, "RI", "", "", PILLAR_WEIGHTS[p - 1]));
    }
    int k = 1;
    for (int s = 0; s < SUBPILLAR_SIZES.length; s++) {
      nodes.add(Node.group("RS" + (s + 1), "RP" + SUBPILLAR_PILLAR[s], "", "", Double.NaN));
      for (int i = 0; i < SUBPILLAR_SIZES[s]; i++) {
        Direction d = someNegative && k % 5 == 0 ? Direction.NEGATIVE : Direction.POSITIVE;
        nodes.add(Node.indicator("R%02d".formatted(k++), "RS" + (s + 1), d));
      }
    }
    return Framework.of("regional-pin", nodes);
  }

  private static int[] consecutiveYears(int first, int count) {
    int[] ys = new int[count];
    for (int y = 0; y < count; y++) {
      ys[y] = first + y;
    }
    return ys;
  }

  /** Seeded values as in the benchmark (3 % missing); rounded to create ties, grouped into areas. */
  private static Panel panel(Framework fw, int units, int[] years, long seed, boolean round, boolean grouped) {
    Random rnd = new Random(seed);
    List<String> unitCodes = new ArrayList<>();
    List<String> areas = new ArrayList<>();
    for (int u = 0; u < units; u++) {
      unitCodes.add("U" + u);
      areas.add(u % 4 == 3 ? null : "A" + (u % 4));
    }
    List<String> codes = fw.indicators().stream().map(Node::code).toList();
    Panel.Builder b = Panel.builder(unitCodes, codes, years);
    if (grouped) {
      b.grouping("area", areas);
    }
    for (int y = 0; y < years.length; y++) {
      for (int i = 0; i < codes.size(); i++) {
        for (int u = 0; u < units; u++) {
          double v = rnd.nextDouble() < 0.03 ? Double.NaN : Math.exp(3 * rnd.nextGaussian());
          b.set(u, i, y, round ? Math.rint(v) : v);
        }
      }
    }
    return b.build();
  }

  private static StepSpec step(String verb, Map<String, Object> params) {
    return new StepSpec(verb, new Params("", params));
  }

  private static Recipe recipe(StepSpec... steps) {
    return new Recipe("pin", 1, List.of(steps));
  }

  /**
   * SHA-256 over every row of the results, every dataset (values and flags), coverage, weights and
   * the log.
   */
  private static String hash(Build b) {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    Results r = b.results();
    for (ResultRow row : r.rows()) {
      text(md, row.unitCode());
      text(md, row.code());
      number(md, row.year());
      number(md, row.evaluationYear());
      number(md, row.level());
      bits(md, row.score());
      bits(md, row.rank());
      bits(md, row.change());
      bits(md, row.changePercent());
      bits(md, row.coverage());
    }
    for (Map.Entry<String, Panel> e : b.datasets().entrySet()) {
      text(md, e.getKey());
      panel(md, e.getValue());
    }
    panel(md, r.coverage());
    r.weights().byNode().forEach((code, w) -> {
      text(md, code);
      bits(md, w);
    });
    for (LogEntry e : b.log()) {
      text(md, e.toString());
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private static void panel(MessageDigest md, Panel p) {
    p.series().forEach(s -> text(md, s));
    p.units().forEach(u -> text(md, u));
    p.groupings().forEach((k, v) -> text(md, k + "=" + v));
    for (int y = 0; y < p.yearCount(); y++) {
      number(md, p.year(y));
      for (int s = 0; s < p.seriesCount(); s++) {
        for (int u = 0; u < p.unitCount(); u++) {
          bits(md, p.value(u, s, y));
          text(md, p.flag(u, s, y).describe());
        }
      }
    }
  }

  private static void text(MessageDigest md, String s) {
    md.update(s.getBytes(StandardCharsets.UTF_8));
    md.update((byte) 0);
  }

  private static void number(MessageDigest md, long x) {
    for (int i = 0; i < 8; i++) {
      md.update((byte) (x >>> (8 * i)));
    }
  }

  private static void bits(MessageDigest md, double x) {
    number(md, Double.doubleToLongBits(x));
  }
}
