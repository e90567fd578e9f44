package org.ipindex.core.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.ipindex.core.aggregate.ArithmeticMean;
import org.ipindex.core.build.AggregationRule;
import org.ipindex.core.build.BoundsScope;
import org.ipindex.core.build.Build;
import org.ipindex.core.build.Normalise;
import org.ipindex.core.build.PerGroup;
import org.ipindex.core.build.Aggregate;
import org.ipindex.core.model.Flag;
import org.ipindex.core.model.Panel;
import org.ipindex.core.normalise.MinMax;
import org.ipindex.core.testkit.ExamplePanel;
import org.junit.jupiter.api.Test;

class CoverageReportTest {
  @Test
  void counts_observed_carried_and_missing_values_with_their_weight() {
    Panel p = ExamplePanel.panel().toBuilder()
        .set(3, 3, 1, 70, Flag.carriedFrom(2022))   // XZ's D in 2023 carried from 2022
        .set(0, 0, 1, Double.NaN)                   // GD's A in 2023 missing
        .build();
    Results r = Build.start(p, ExamplePanel.framework())
        .apply(new Normalise(new MinMax(0, 100), new BoundsScope.PerYear()))
        .apply(new Aggregate(PerGroup.of(new AggregationRule(new ArithmeticMean(), 0, 0))))
        .results();
    CoverageReport c = CoverageReport.of(r, 2023);
    assertThat(c.indicators()).extracting(CoverageReport.IndicatorCoverage::code).containsExactly("A", "B", "C", "D");
    CoverageReport.IndicatorCoverage d = c.indicators().get(3);
    assertThat(d.carriedForward()).isEqualTo(1);
    assertThat(d.observed()).isEqualTo(3);
    assertThat(d.weight()).isCloseTo(0.375, within(1e-12)); // 0.75 × 0.5
    assertThat(c.partial()).extracting(CoverageReport.IndicatorCoverage::code).containsExactly("A", "C");
    assertThat(c.absent()).isEmpty();
    assertThat(c.absentWeight()).isZero();
    assertThat(c.carriedForward()).isEqualTo(1);
    // the unit with a carried value is not fully observed
    assertThat(r.coverage("XZ", "IDX", 2023)).isCloseTo(1 - 0.375, within(1e-12));
  }

  @Test
  void group_statistics_summarise_areas() {
    Results r = Build.start(ExamplePanel.panel(), ExamplePanel.framework())
        .apply(new Normalise(new MinMax(0, 100), new BoundsScope.PerYear()))
        .apply(new Aggregate(PerGroup.of(new AggregationRule(new ArithmeticMean(), 0, 0))))
        .results();
    Map<String, List<String>> groups = GroupStatistics.groupsOf(ExamplePanel.UNITS, List.of("east", "east", "east", "west"));
    List<GroupStatistics.GroupStat> stats = GroupStatistics.of(r, "IDX", 2022, groups, 60, 2);
    GroupStatistics.GroupStat east = stats.get(0);
    assertThat(east.group()).isEqualTo("east");
    assertThat(east.units()).isEqualTo(3);
    double gd = r.score("GD", "IDX", 2022);
    double js = r.score("JS", "IDX", 2022);
    double zj = r.score("ZJ", "IDX", 2022);
    assertThat(east.mean()).isCloseTo((gd + js + zj) / 3, within(1e-12));
    assertThat(east.median()).isCloseTo(js, within(1e-12));
    assertThat(east.max()).isEqualTo(gd);
    assertThat(east.top()).containsExactly("GD", "JS");
    assertThat(east.aboveThreshold()).isEqualTo(2); // 100 and 69.2 > 60; ZJ 50.8 is not
    assertThat(east.meanChange()).isNaN(); // no 2021
    assertThat(stats.get(1).present()).isEqualTo(1);
  }
}
