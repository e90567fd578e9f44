package org.ipindex.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.ipindex.core.build.Aggregate;
import org.ipindex.core.build.Build;
import org.ipindex.core.build.Recipe;
import org.ipindex.core.build.Steps;
import org.ipindex.core.build.Weigh;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Node;
import org.ipindex.core.model.Panel;
import org.ipindex.core.result.Results;
import org.ipindex.core.weight.WeightInput;
import org.ipindex.io.FrameworkReader;
import org.ipindex.io.RecipeReader;
import org.junit.jupiter.api.Test;

/**
 * Feeds the sub-scores published in the 2024 development report through the shipped frameworks and
 * recipes (their weighting and aggregation steps, unchanged) and checks that the published
 * aggregates come out: 125.5 for the national index; 81.0 and the nine area and strategic-region
 * averages (to 0.01) for the regional index.
 */
class CalibrationTest {
  private static final String[] DIMENSIONS = {
      "知识产权制度指数", "知识产权保护指数", "知识产权市场运行指数", "知识产权公共服务指数",
      "知识产权人文社会环境指数", "参与全球知识产权治理指数"};

  static Framework framework(String name) throws IOException {
    try (InputStream in = Bundled.open(Bundled.frameworkPath(name))) {
      return FrameworkReader.read(name + ".csv", in, name).framework();
    }
  }

  static Recipe recipe(String name) throws IOException {
    return RecipeReader.read(name + ".yaml", Bundled.text(Bundled.recipePath(name)), null);
  }

  /**
   * Aggregates given scores of the root's children with the recipe's weighting and aggregation
   * steps: the weights are set on the full framework (so leaf_count counts the real indicators),
   * then the top of the framework is aggregated from the given scores.
   */
  static Results aggregateTop(Framework full, Recipe recipe, List<String> units, double[][] childScores) {
    Node root = full.root();
    List<Node> children = full.children(root.code());
    Weigh weigh = (Weigh) Steps.resolve(recipe.steps().get(recipe.indexOf("weight")), recipe.indexOf("weight") + 1);
    double[] w = weigh.weighters().forGroup(full, root).weights(new WeightInput(full, root, children, null));
    List<Node> top = new ArrayList<>();
    top.add(root);
    for (int i = 0; i < children.size(); i++) {
      Node c = children.get(i);
      top.add(Node.indicator(c.code(), root.code(), c.direction()).withWeight(w[i]));
    }
    Framework topFramework = Framework.of(full.name() + "-top", top);
    Panel.Builder p = Panel.builder(units, children.stream().map(Node::code).toList(), new int[] {2023});
    for (int u = 0; u < units.size(); u++) {
      for (int c = 0; c < children.size(); c++) {
        p.set(u, c, 0, childScores[u][c]);
      }
    }
    Aggregate aggregate = (Aggregate) Steps.resolve(recipe.steps().get(recipe.indexOf("aggregate")), recipe.indexOf("aggregate") + 1);
    return Build.start(p.build(), topFramework)
        .apply((Weigh) Steps.resolve(new org.ipindex.core.build.StepSpec("weight",
            new org.ipindex.core.build.Params("calibration", java.util.Map.of("method", "framework"))), 1))
        .apply(aggregate)
        .results();
  }

  @Test
  void national_dimension_scores_give_the_published_headline_125_5() throws IOException {
    Framework national = framework("national");
    assertThat(national.indicators()).hasSize(80);
    assertThat(national.children("NI")).extracting(n -> national.indicatorsUnder(n.code()).size())
        .containsExactly(7, 18, 25, 8, 6, 16);
    double[] published = new double[DIMENSIONS.length];
    for (int i = 0; i < DIMENSIONS.length; i++) {
      published[i] = Published.value("national_dimension", DIMENSIONS[i], "score_2024");
    }
    Results r = aggregateTop(national, recipe("national"), List.of("CN"), new double[][] {published});
    double index = r.score("CN", "NI", 2023);
    // (7·120.4 + 18·130.5 + 25·122.4 + 8·127.4 + 6·131.3 + 16·123.6) / 80 = 10036.4 / 80
    assertThat(index).isCloseTo(10036.4 / 80, within(1e-9));
    assertThat(Math.round(index * 10) / 10.0)
        .isEqualTo(Published.value("national_index", "知识产权强国建设指数", "score_2024"));
  }

  @Test
  void equal_dimension_weights_would_not_give_the_published_headline() throws IOException {
    double sum = 0;
    for (String d : DIMENSIONS) {
      sum += Published.value("national_dimension", d, "score_2024");
    }
    assertThat(Math.round(sum / 6 * 10) / 10.0).isEqualTo(125.9).isNotEqualTo(125.5);
  }

  @Test
  void regional_pillar_means_give_the_published_national_and_group_averages() throws IOException {
    Framework regional = framework("regional");
    assertThat(regional.indicators()).hasSize(82);
    assertThat(regional.children("RI")).hasSize(3);
    assertThat(regional.nodes().stream().filter(n -> regional.level(n.code()) == 2)).hasSize(9);
    List<String> units = new ArrayList<>();
    List<double[]> pillars = new ArrayList<>();
    List<Double> expected = new ArrayList<>();
    units.add("全国");
    pillars.add(new double[] {
        Published.value("regional_subindex", "地区知识产权保护指数", "mean"),
        Published.value("regional_subindex", "地区知识产权市场运行指数", "mean"),
        Published.value("regional_subindex", "地区知识产权发展环境指数", "mean")});
    expected.add(Published.value("regional_index", "地区知识产权发展指数", "mean"));
    for (String scope : List.of("area", "strategic_region")) {
      for (Published.Figure f : Published.all(scope, "overall_mean")) {
        units.add(f.entity());
        pillars.add(new double[] {
            Published.value(scope, f.entity(), "protection_mean"),
            Published.value(scope, f.entity(), "market_mean"),
            Published.value(scope, f.entity(), "environment_mean")});
        expected.add(f.value());
      }
    }
    assertThat(units).hasSize(10);
    Results r = aggregateTop(regional, recipe("regional"), units, pillars.toArray(double[][]::new));
    for (int u = 0; u < units.size(); u++) {
      double score = r.score(units.get(u), "RI", 2023);
      assertThat(score).as(units.get(u)).isCloseTo(expected.get(u), within(0.005 + 1e-9));
    }
  }

  @Test
  void equal_pillar_weights_would_miss_the_published_averages() throws IOException {
    double p = Published.value("area", "东部", "protection_mean");
    double m = Published.value("area", "东部", "market_mean");
    double e = Published.value("area", "东部", "environment_mean");
    assertThat(Math.abs((p + m + e) / 3 - Published.value("area", "东部", "overall_mean"))).isGreaterThan(0.01);
  }
}
