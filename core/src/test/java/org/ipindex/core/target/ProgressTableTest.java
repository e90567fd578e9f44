package org.ipindex.core.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The published numbers: table 1 of chapter 1 of the 2024 development report, and the report's own
 * judgments of it (第一章: "专利密集型产业增加值占GDP的比重和每万人口高价值发明专利拥有量2项指标增速高于预期；
 * 知识产权使用费年进出口总额、知识产权质押融资登记金额、知识产权保护社会满意度以及知识产权民事一审服判息诉率等4项指标
 * 提前达到或超出预期目标。版权产业增加值占GDP比重与上年持平。海外发明专利授权量…年均增速低于预期").
 */
class ProgressTableTest {
  private static ProgressTable table(int year) {
    return ProgressTable.assess(Progress.DEFAULTS, ChapterOne.SET, year, ChapterOne.TARGETS, ChapterOne.OBSERVED);
  }

  private static List<Status> statuses(ProgressTable t) {
    return t.rows().stream().map(r -> r.result().status()).toList();
  }

  @Test
  void reproduces_the_judgments_of_the_2024_report() {
    ProgressTable t = table(2023);

    assertThat(statuses(t)).containsExactly(
        Status.ON_TRACK,            // 专利密集型产业增加值占GDP比重: 增速高于预期
        Status.LIMITED_PROGRESS,    // 版权产业增加值占GDP比重: 与上年持平
        Status.ACHIEVED,            // 知识产权使用费年进出口总额: 提前达到
        Status.ON_TRACK,            // 每万人口高价值发明专利拥有量: 增速高于预期
        Status.NEEDS_ACCELERATION,  // 海外发明专利授权量: 年均增速低于预期
        Status.ACHIEVED,            // 知识产权质押融资登记金额: 提前达到
        Status.ACHIEVED,            // 知识产权保护社会满意度: 提前达到
        Status.ACHIEVED);           // 知识产权民事一审案件服判息诉率: 提前达到
  }

  @Test
  void keeps_the_judgments_with_the_2024_values_of_the_cnipa_annual_report() {
    assertThat(statuses(table(2024))).isEqualTo(statuses(table(2023)));
  }

  @Test
  void reproduces_the_growth_rates_the_report_prints() {
    ProgressTable t = table(2023);
    ProgressResult royalties = t.rows().get(2).result();
    ProgressResult highValue = t.rows().get(3).result();
    ProgressResult pledge = t.rows().get(5).result();

    // "自2020年以来，知识产权使用费年进出口总额年均增长5.6%"
    assertThat(ReportNumbers.percent(royalties.actualGrowth())).isEqualTo("5.6%");
    // "自2020年以来，年均增速达到57.6%"
    assertThat(ReportNumbers.percent(pledge.actualGrowth())).isEqualTo("57.6%");
    // "年均增速高出预期增速9.5个百分点"
    assertThat((highValue.actualGrowth() - highValue.requiredGrowth()) * 100).isCloseTo(9.5, org.assertj.core.data.Offset.offset(0.05));
  }

  @Test
  void says_which_year_each_latest_value_comes_from() {
    ProgressTable t = table(2023);

    assertThat(t.rows().stream().map(r -> r.result().latestYear()).toList())
        .containsExactly(2022, 2022, 2023, 2023, 2022, 2023, 2023, 2023);
    assertThat(t.rows().get(0).result().has(ProgressFlag.LATEST_EARLIER)).isTrue();
    assertThat(t.rows().get(2).result().has(ProgressFlag.LATEST_EARLIER)).isFalse();
  }

  @Test
  void assesses_a_set_from_observations_up_to_the_year() {
    ProgressTable t = table(2023);

    assertThat(t.rows().get(2).observed()).containsOnlyKeys(2020, 2021, 2022, 2023);
    assertThat(t.rows().get(2).result().latestValue()).isEqualTo(3765.2);
    assertThat(t.years()).containsExactly(2020, 2021, 2022, 2023);
  }

  @Test
  void rejects_a_set_without_targets() {
    assertThatThrownBy(() -> ProgressTable.assess(Progress.DEFAULTS, "next_plan_2030", 2023, ChapterOne.TARGETS,
        ChapterOne.OBSERVED)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("next_plan_2030");
  }
}
