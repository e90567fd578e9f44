package org.ipindex.core.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ipindex.core.model.Direction;
import org.junit.jupiter.api.Test;

class ProgressSentencesTest {
  private static ProgressRow row(int year, Target target) {
    return ProgressTable.assess(Progress.DEFAULTS, ChapterOne.SET, year, ChapterOne.TARGETS, ChapterOne.OBSERVED)
        .rows().stream().filter(r -> r.target().equals(target)).findFirst().orElseThrow();
  }

  private static Target annual(String nameZh, String nameEn, String unitZh, String unitEn, Direction direction,
      Comparison comparison, double baseline, double goal) {
    return new Target("annual_2024", "x", nameZh, nameEn, unitZh, unitEn, direction, comparison, 2023, baseline, 2024,
        goal, Double.NaN, "003", "", List.of(), "");
  }

  @Test
  void says_the_target_was_reached_two_years_early() {
    ProgressRow r = row(2023, ChapterOne.SATISFACTION);

    assertThat(r.sentenceZh()).isEqualTo(
        "知识产权保护社会满意度2023年为82.04分，2020—2023年年均增长0.82%，已于2023年提前两年实现2025年目标（82分）。");
    assertThat(r.sentenceEn()).isEqualTo("Public satisfaction with IP protection: 82.04 points in 2023; it grew 0.82% "
        + "a year in 2020–2023; it reached its 2025 target (82 points) in 2023, two years early.");
  }

  @Test
  void dates_an_early_achievement_from_the_first_year_of_meeting_the_target() {
    assertThat(row(2024, ChapterOne.ROYALTIES).sentenceZh()).isEqualTo(
        "知识产权使用费年进出口总额2024年为3987.1亿元，2020—2024年年均增长5.7%，已于2021年提前四年实现2025年目标（3500亿元）。");
  }

  @Test
  void says_which_year_is_used_when_the_assessment_year_has_no_value() {
    ProgressRow r = row(2023, ChapterOne.PATENT_INTENSIVE);

    assertThat(r.sentenceZh()).isEqualTo("专利密集型产业增加值占GDP比重2022年为12.71%（2023年数据暂缺），2020—2022年年均增长3.0%，"
        + "快于实现2025年目标（13%）所需的年均增长1.7%，高出1.4个百分点（R=1.83），进展符合预期；"
        + "按此趋势2025年约为13.91%（线性外推13.82%），可实现目标。");
    assertThat(r.sentenceEn()).startsWith("Value added of patent-intensive industries as share of GDP: 12.71% in 2022 "
        + "(no 2023 value yet); it grew 3.0% a year in 2020–2022, faster than the 1.7% growth a year needed for its "
        + "2025 target (13%), 1.4 percentage points more (R = 1.83): on track;");
  }

  @Test
  void says_an_unchanged_value_is_flat_and_progress_limited() {
    assertThat(row(2023, ChapterOne.COPYRIGHT).sentenceZh()).isEqualTo(
        "版权产业增加值占GDP比重2022年为7.41%（2023年数据暂缺），与上年持平，2020—2022年年均增长0.14%，"
            + "仅为实现2025年目标（7.5%）所需年均增长0.30%的46%（R=0.46），进展有限；"
            + "按此趋势2025年约为7.44%（线性外推7.44%），难以按期实现目标。");
  }

  @Test
  void says_growth_is_slower_than_required_and_the_projection_falls_short() {
    ProgressRow r = row(2023, ChapterOne.OVERSEAS_GRANTS);

    assertThat(r.sentenceZh()).isEqualTo("海外发明专利授权量2022年为5万件（2023年数据暂缺），2020—2022年年均增长11.8%，"
        + "慢于实现2025年目标（9万件）所需的年均增长17.6%（R=0.67），需加快进度；"
        + "按此趋势2025年约为6.99万件（线性外推6.5万件），难以按期实现目标。");
    assertThat(r.sentenceEn()).endsWith("slower than the 17.6% growth a year needed for its 2025 target "
        + "(9 × 10,000 grants) (R = 0.67): needs acceleration; at this pace it would be 6.99 × 10,000 grants in 2025 "
        + "(6.5 × 10,000 grants on a linear trend), short of the target.");
  }

  @Test
  void says_a_target_met_at_a_shifted_baseline_has_held_since() {
    ProgressRow r = row(2023, ChapterOne.ACCEPTANCE);

    assertThat(r.sentenceZh()).isEqualTo("知识产权民事一审案件服判息诉率2023年为91.9%，2021—2023年年均增长0.77%，"
        + "基期2021年（2020年无数据）即已达到2025年目标（85%），此后一直保持在目标以上。");
    assertThat(r.sentenceEn()).endsWith("it already met its 2025 target (85%) in the baseline year 2021 "
        + "(no 2020 value) and has stayed there since.");
  }

  @Test
  void words_annual_targets_by_their_comparison_and_says_on_time() {
    Target period = annual("发明专利平均审查周期", "Average examination period for invention patents", "个月", "months",
        Direction.NEGATIVE, Comparison.ABOUT, 16, 15.5);
    ProgressResult r = Progress.DEFAULTS.assess(period, Map.of(2023, 16.0, 2024, 15.5), 2024);

    assertThat(ProgressSentences.zh(period, r)).isEqualTo(
        "发明专利平均审查周期2024年为15.5个月，2023—2024年年均下降3.1%，已于2024年如期实现2024年目标（15.5个月左右）。");
    assertThat(ProgressSentences.en(period, r)).isEqualTo("Average examination period for invention patents: "
        + "15.5 months in 2024; it fell 3.1% a year in 2023–2024; it reached its 2024 target (about 15.5 months) "
        + "in 2024, on time.");
  }

  @Test
  void says_a_smaller_is_better_target_met_at_baseline_has_held_without_repeating_no_change() {
    Target period = annual("商标注册申请平均审查周期", "Average examination period for trademark registration applications",
        "个月", "months", Direction.NEGATIVE, Comparison.STABLE_AT, 4, 4);
    ProgressResult r = Progress.DEFAULTS.assess(period, Map.of(2023, 4.0, 2024, 4.0), 2024);

    assertThat(ProgressSentences.zh(period, r)).isEqualTo(
        "商标注册申请平均审查周期2024年为4个月，与上年持平，基期2023年即已达到2024年目标（稳定在4个月），此后一直保持在目标以内。");
    assertThat(ProgressSentences.en(period, r)).isEqualTo("Average examination period for trademark registration "
        + "applications: 4 months in 2024, unchanged from the previous year; it already met its 2024 target "
        + "(stable at 4 months) in the baseline year 2023 and has stayed there since.");
  }

  @Test
  void words_a_trend_without_target() {
    Target centres = annual("国家级知识产权保护中心和快速维权中心", "National IP protection and rapid rights-protection centres",
        "家", "centres", Direction.POSITIVE, Comparison.REACH, 112, Double.NaN);
    ProgressResult r = Progress.DEFAULTS.assess(centres, Map.of(2024, 124.0), 2024);

    assertThat(ProgressSentences.zh(centres, r)).isEqualTo(
        "国家级知识产权保护中心和快速维权中心2024年为124家，2023—2024年年均增长10.7%；无量化目标，趋势为“明显改善”。");
    assertThat(ProgressSentences.en(centres, r)).isEqualTo("National IP protection and rapid rights-protection centres: "
        + "124 centres in 2024; it grew 10.7% a year in 2023–2024; no quantitative target; trend: improving.");
  }

  @Test
  void words_a_completed_task_and_a_missing_observation() {
    Target platform = annual("国家知识产权保护信息平台", "National IP protection information platform", "", "",
        Direction.POSITIVE, Comparison.COMPLETED, 0, 1);
    Target zones = annual("新建国家知识产权服务业集聚区", "New national IP service-industry agglomeration zones", "家",
        "zones", Direction.POSITIVE, Comparison.ABOUT, Double.NaN, 10);

    ProgressResult done = Progress.DEFAULTS.assess(platform, Map.of(2024, 1.0), 2024);
    ProgressResult none = Progress.DEFAULTS.assess(zones, Map.of(), 2024);

    assertThat(ProgressSentences.zh(platform, done)).isEqualTo("国家知识产权保护信息平台：2024年目标为完成，已于2024年如期完成。");
    assertThat(ProgressSentences.en(platform, done))
        .isEqualTo("National IP protection information platform: the 2024 target is completion; completed in 2024, on time.");
    assertThat(ProgressSentences.zh(zones, none)).isEqualTo("新建国家知识产权服务业集聚区：2024年目标为10家左右，截至2024年暂无观测值，无法评估。");
    assertThat(ProgressSentences.en(zones, none))
        .isEqualTo("New national IP service-industry agglomeration zones: the 2024 target is about 10 zones; "
            + "no observed value up to 2024; not assessable.");
  }

  @Test
  void words_a_linear_fallback_in_units_a_year() {
    Target balance = new Target("s", "x", "差额", "Balance", "亿元", "× 100 million yuan", Direction.POSITIVE,
        Comparison.REACH, 2020, -10, 2025, 0, Double.NaN, "", "", List.of(), "");
    ProgressResult r = Progress.DEFAULTS.assess(balance, Map.of(2022, -4.0), 2022);

    assertThat(ProgressSentences.zh(balance, r)).isEqualTo("差额2022年为-4亿元，2020—2022年年均增加3亿元，"
        + "快于实现2025年目标（0亿元）所需的年均增加2亿元（R=1.50），进展符合预期；按此趋势2025年约为5亿元，可实现目标。");
  }
}
