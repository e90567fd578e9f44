package org.ipindex.io.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.ipindex.io.ingest.Fixtures;
import org.ipindex.io.ingest.Issue;
import org.ipindex.io.ingest.IssueCode;
import org.ipindex.io.ingest.Parsed;
import org.ipindex.io.ingest.catalogue.InMemoryStoredValues;
import org.ipindex.io.ingest.catalogue.StoredValues;
import org.ipindex.io.ingest.layout.LongCsvLayout;
import org.junit.jupiter.api.Test;

/** The robust year-on-year jump rule: |ln(x_t / x_t−1) − median| &gt; k · max(1.4826 · MAD, floor). */
class JumpRuleTest {
  private static final String[] PROVINCES = {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32"};

  /** Ten provinces: 2023 = 1000 each; 2024 grows 4 % … 6 %, except 32 (the last) which grows by {@code last}. */
  private static String panel(int count, String last) {
    StringBuilder b = new StringBuilder("region,measure,year,value\n");
    for (int i = 0; i < count; i++) {
      b.append(PROVINCES[i]).append(",patent_grants,2023,1000\n");
      String v = i == count - 1 ? last : Integer.toString(1040 + 2 * i);
      b.append(PROVINCES[i]).append(",patent_grants,2024,").append(v).append('\n');
    }
    return b.toString();
  }

  private static List<Issue> jumps(String csv, StoredValues stored, JumpRule rule) {
    Parsed p = Fixtures.longCsv("j.csv", csv);
    Outcome o = Validation.check(p, Fixtures.catalogue(), stored, ValidationOptions.DEFAULT.withJumps(rule));
    return o.problems().warnings().stream().filter(i -> i.code() == IssueCode.JUMP).toList();
  }

  @Test
  void flags_a_change_far_outside_the_other_regions() {
    // growth 4 %…5.6 % for nine provinces; 32 (江苏) triples: ln 3 = 1.10, median ln 1.05 ≈ 0.05, floor 0.05 → 5·0.05 = 0.25
    List<Issue> found = jumps(panel(10, "3000"), StoredValues.NONE, JumpRule.DEFAULT);
    assertThat(found).extracting(Issue::toString).containsExactly("j.csv, row 21, column value: patent_grants for 江苏 (32) "
        + "went from 1000 in 2023 to 3000 in 2024 (×3.00) while the median of 10 regions changed ×1.05: beyond 5 robust "
        + "deviations; check the value and its unit (万件 for 件?); if it is right, accept it with --accept-warnings");
  }

  @Test
  void leaves_ordinary_spread_alone_thanks_to_the_floor() {
    // ×1.25: |ln 1.25 − ln 1.05| = 0.17 < 5 · 0.05
    assertThat(jumps(panel(10, "1250"), StoredValues.NONE, JumpRule.DEFAULT)).isEmpty();
    // without the floor the tiny spread of the nine (MAD ≈ 0.005) would flag it
    assertThat(jumps(panel(10, "1250"), StoredValues.NONE, new JumpRule(5, 0, 5))).hasSize(1);
  }

  @Test
  void needs_enough_regions_for_a_robust_spread() {
    assertThat(jumps(panel(4, "9000"), StoredValues.NONE, JumpRule.DEFAULT)).isEmpty();
    assertThat(jumps(panel(5, "9000"), StoredValues.NONE, JumpRule.DEFAULT)).hasSize(1);
  }

  @Test
  void takes_the_previous_year_from_the_store() {
    InMemoryStoredValues.Builder stored = InMemoryStoredValues.builder();
    StringBuilder csv = new StringBuilder("region,measure,year,value\n");
    for (int i = 0; i < 10; i++) {
      stored.put("patent_grants", PROVINCES[i], 2023, 1000);
      csv.append(PROVINCES[i]).append(",patent_grants,2024,").append(i == 9 ? "100" : "1050").append('\n');
    }
    List<Issue> found = jumps(csv.toString(), stored.build(), JumpRule.DEFAULT);
    assertThat(found).extracting(i -> i.where().row()).containsExactly(11);
  }

  @Test
  void ignores_zeros_which_have_no_logarithm() {
    assertThat(jumps(panel(10, "0"), StoredValues.NONE, JumpRule.DEFAULT)).isEmpty();
  }

  @Test
  void can_be_switched_off() {
    assertThat(jumps(panel(10, "3000"), StoredValues.NONE, JumpRule.OFF)).isEmpty();
  }

  @Test
  void the_bundled_statistics_pass_with_eight_real_outliers_flagged() throws Exception {
    Parsed p = LongCsvLayout.read("statistics.csv", Files.newInputStream(Fixtures.REPOSITORY.resolve("data/statistics.csv")));
    Outcome o = Validation.check(p, Fixtures.catalogue(), StoredValues.NONE, ValidationOptions.DEFAULT);
    assertThat(o.problems().errors()).isEmpty();
    assertThat(o.problems().warnings()).extracting(Issue::code).containsOnly(IssueCode.JUMP);
    assertThat(o.problems().warnings()).extracting(i -> i.problem().substring(0, i.problem().indexOf(" went")))
        .containsExactly("patent_applications for 澳门 (82)", "patent_applications[invention] for 澳门 (82)",
            "patent_grants[utility_model] for 澳门 (82)", "patent_grants[design] for 台湾 (71)",
            "patent_grants[design] for 国外在华总计 (FOREIGN)", "trademark_applications for 香港 (81)",
            "ic_layout_applications for 香港 (81)", "ic_layout_certificates for 香港 (81)");
    assertThat(o.read()).isEqualTo(2436);
  }

  @Test
  void the_dry_run_of_the_bundled_statistics_waits_for_the_warnings_to_be_accepted() throws Exception {
    Parsed p = LongCsvLayout.read("statistics.csv", Files.newInputStream(Fixtures.REPOSITORY.resolve("data/statistics.csv")));
    String report = DryRun.report(Validation.check(p, Fixtures.catalogue(), StoredValues.NONE, ValidationOptions.DEFAULT));
    assertThat(report.lines().limit(3)).containsExactly("statistics.csv: 2436 values read",
        "would store nothing: 8 warnings to check, then import with --accept-warnings; 2436 rejected (once accepted: 2436 new, 0 changed, 0 unchanged)",
        "warnings (8):");
    String accepted = DryRun.report(Validation.check(p, Fixtures.catalogue(), StoredValues.NONE,
        ValidationOptions.DEFAULT.acceptingWarnings()));
    assertThat(accepted.lines().skip(1).findFirst()).hasValue("would store 2436 values: 2436 new, 0 changed, 0 unchanged; 0 rejected (8 warnings accepted)");
  }
}
