package org.ipindex.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.ipindex.core.build.Build;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Panel;
import org.junit.jupiter.api.Test;

class AuditTest {
  private static final Framework FRAMEWORK = Fixtures.framework();
  private static final Panel PANEL = Fixtures.panel(5);

  @Test
  void audits_indicators_correlations_and_groups_in_one_year() {
    Build build = Build.replay(PANEL, FRAMEWORK, Fixtures.regional());

    AuditReport a = Audit.of(build, 2022, AuditSettings.DEFAULT, null);

    assertThat(a.year()).isEqualTo(2022);
    assertThat(a.indicators()).hasSize(14);
    assertThat(a.indicators().get(0).code()).isEqualTo("I01");
    // sibling pairs: S1 3, S2 1, S3 6, S4 1, S5 3, P1 1, P2 1, P3 0, IDX 3 → 19;
    // parent rows: 14 indicators + 5 sub-pillars + 3 pillars = 22; index rows for the 19 below pillars
    long siblings = a.correlations().stream().filter(c -> c.relation() == CorrelationRow.Relation.SIBLING).count();
    long parents = a.correlations().stream().filter(c -> c.relation() == CorrelationRow.Relation.PARENT).count();
    long index = a.correlations().stream().filter(c -> c.relation() == CorrelationRow.Relation.INDEX).count();
    assertThat(siblings).isEqualTo(19);
    assertThat(parents).isEqualTo(22);
    assertThat(index).isEqualTo(19);
    assertThat(a.groups()).extracting(GroupConsistency::group)
        .containsExactly("S1", "S2", "S3", "S4", "S5", "P1", "P2", "P3", "IDX");
    GroupConsistency p3 = a.groups().get(7);
    assertThat(p3.children()).isEqualTo(1);
    assertThat(p3.alpha()).isNaN();
    // the fixture's values share a unit-level factor, so groups are consistent
    assertThat(a.groups().get(2).alpha()).isGreaterThan(0.5);
  }

  @Test
  void flags_strongly_correlated_siblings_and_negative_correlations() {
    Build build = Build.replay(PANEL, FRAMEWORK, Fixtures.regional());
    AuditSettings strict = new AuditSettings(0.1, 0.0, 0.65, 2, 3.5, 0.5, 0.5);

    AuditReport a = Audit.of(build, 2023, strict, null);

    for (CorrelationRow c : a.correlations()) {
      Set<AuditFlag> expected = new java.util.HashSet<>();
      if (c.relation() == CorrelationRow.Relation.SIBLING && c.pearson() >= 0.1) {
        expected.add(AuditFlag.HIGH_CORRELATION);
      }
      if (c.pearson() <= 0) {
        expected.add(AuditFlag.NEGATIVE_CORRELATION);
      }
      assertThat(c.flags()).as("%s ~ %s", c.first(), c.second()).isEqualTo(expected);
    }
    assertThat(a.correlations()).anyMatch(c -> c.flags().contains(AuditFlag.HIGH_CORRELATION));
  }

  @Test
  void leaving_out_each_indicator_moves_ranks_as_replaying_without_it_does() {
    Experiment e = Experiment.of(PANEL, FRAMEWORK, Fixtures.regional(), null, new int[0], List.of());
    LeaveOneOut loo = LeaveOneOut.of(e);

    LeaveOneOut.Result r = loo.summarise(Runs.sequentially(loo));

    assertThat(loo.indicators()).hasSize(14);
    assertThat(r.skipped()).isEmpty();
    for (int i = 0; i < loo.count(); i++) {
      String code = loo.indicators().get(i);
      RunOutcome expected = Slow.outcome(e, new Variant(Fixtures.regional(), Set.of(code)));
      assertThat(r.impacts().get(i).meanAbsoluteRankChange()).isEqualTo(expected.meanAbsoluteRankChange(e.nominal()));
    }
    assertThat(r.shifts()).hasSize(14 * 12);
    LeaveOneOut.Impact first = r.impacts().get(0);
    LeaveOneOut.Shift worst = r.shifts().stream().filter(s -> s.indicator().equals(first.indicator()))
        .max(java.util.Comparator.comparingDouble(s -> Math.abs(s.change()))).orElseThrow();
    assertThat(first.maxAbsoluteRankChange()).isEqualTo(Math.abs(worst.change()));
  }
}
