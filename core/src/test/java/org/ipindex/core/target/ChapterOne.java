package org.ipindex.core.target;

import java.util.List;
import java.util.Map;
import org.ipindex.core.model.Direction;

/**
 * Table 1 of chapter 1 of the 2024 development report (《知识产权强国建设发展报告（2024年）》), as
 * printed: the 8 expected indicators, their 2020 baselines, values 2021–2023 and 2025 targets, plus
 * the two 2024 values that the CNIPA 2024 annual report states (royalties 3987.1, satisfaction 82.36).
 * "—" cells are absent years.
 */
final class ChapterOne {
  static final String SET = "expected_2025";

  private ChapterOne() {}

  static final Target PATENT_INTENSIVE = target("patent_intensive_share",
      "Value added of patent-intensive industries as share of GDP", "专利密集型产业增加值占GDP比重", "%", "%",
      11.97, 13, 100, List.of(new AlternativeBaseline(11.6, "《规划》 (002) indicator table")));
  static final Target COPYRIGHT = target("copyright_share",
      "Value added of copyright industries as share of GDP", "版权产业增加值占GDP比重", "%", "%", 7.39, 7.5, 100, List.of());
  static final Target ROYALTIES = target("ip_royalties_trade",
      "Annual imports and exports of charges for the use of IP", "知识产权使用费年进出口总额", "亿元",
      "× 100 million yuan", 3194.4, 3500, Double.NaN, List.of());
  static final Target HIGH_VALUE_PATENTS = target("high_value_patents_per_10k",
      "High-value invention patents owned per 10,000 people", "每万人口高价值发明专利拥有量", "件",
      "patents", 6.3, 12, Double.NaN, List.of(new AlternativeBaseline(6.2, "《规划》 (002) indicator table")));
  static final Target OVERSEAS_GRANTS = target("overseas_invention_grants",
      "Invention patents granted abroad to Chinese applicants", "海外发明专利授权量", "万件",
      "× 10,000 grants", 4.0, 9, Double.NaN, List.of());
  static final Target PLEDGE = target("ip_pledge_financing",
      "Registered IP pledge financing", "知识产权质押融资登记金额", "亿元", "× 100 million yuan",
      2180, 3200, Double.NaN, List.of());
  static final Target SATISFACTION = target("ip_protection_satisfaction",
      "Public satisfaction with IP protection", "知识产权保护社会满意度", "分", "points",
      80.05, 82, 100, List.of());
  static final Target ACCEPTANCE = target("civil_first_instance_acceptance",
      "Acceptance rate of first-instance civil IP judgments", "知识产权民事一审案件服判息诉率", "%", "%",
      Double.NaN, 85, 100, List.of());

  static final List<Target> TARGETS = List.of(PATENT_INTENSIVE, COPYRIGHT, ROYALTIES, HIGH_VALUE_PATENTS,
      OVERSEAS_GRANTS, PLEDGE, SATISFACTION, ACCEPTANCE);

  static final Observations OBSERVED = Observations.of(Map.of(
      "patent_intensive_share", Map.of(2020, 11.97, 2021, 12.44, 2022, 12.71),
      "copyright_share", Map.of(2020, 7.39, 2021, 7.41, 2022, 7.41),
      "ip_royalties_trade", Map.of(2020, 3194.4, 2021, 3783.0, 2022, 3872.5, 2023, 3765.2, 2024, 3987.1),
      "high_value_patents_per_10k", Map.of(2020, 6.3, 2021, 7.5, 2022, 9.4, 2023, 11.8),
      "overseas_invention_grants", Map.of(2020, 4.0, 2021, 4.6, 2022, 5.0),
      "ip_pledge_financing", Map.of(2020, 2180.0, 2021, 3098.0, 2022, 4868.8, 2023, 8539.9),
      "ip_protection_satisfaction", Map.of(2020, 80.05, 2021, 80.61, 2022, 81.25, 2023, 82.04, 2024, 82.36),
      "civil_first_instance_acceptance", Map.of(2021, 90.5, 2022, 89.8, 2023, 91.9)));

  private static Target target(String code, String nameEn, String nameZh, String unitZh, String unitEn,
      double baseline, double goal, double ceiling, List<AlternativeBaseline> alternatives) {
    return new Target(SET, code, nameZh, nameEn, unitZh, unitEn, Direction.POSITIVE,
        Comparison.REACH, 2020, baseline, 2025, goal, ceiling, "000 第一章 表1", "", alternatives, "");
  }
}
