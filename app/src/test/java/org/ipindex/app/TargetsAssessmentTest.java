package org.ipindex.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipindex.core.model.DataException;
import org.ipindex.core.target.ProgressRow;
import org.ipindex.core.target.ProgressTable;
import org.ipindex.core.target.Status;
import org.ipindex.core.target.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled target files, assessed as the 2024 development report (data up to 2023) and a year later. */
class TargetsAssessmentTest {
  @TempDir Path dir;

  private static Map<String, Status> statuses(ProgressTable t) {
    Map<String, Status> out = new LinkedHashMap<>();
    t.rows().forEach(r -> out.put(r.target().indicatorCode(), r.result().status()));
    return out;
  }

  @Test
  void reproduces_chapter_1_of_the_2024_report_from_the_bundled_files() throws Exception {
    ProgressTable t = TargetsAssessment.bundled().assess("expected_2025", 2023);

    assertThat(statuses(t)).containsExactly(
        entry("patent_intensive_share", Status.ON_TRACK),
        entry("copyright_share", Status.LIMITED_PROGRESS),
        entry("ip_royalties_trade", Status.ACHIEVED),
        entry("high_value_patents_per_10k", Status.ON_TRACK),
        entry("overseas_invention_grants", Status.NEEDS_ACCELERATION),
        entry("ip_pledge_financing", Status.ACHIEVED),
        entry("ip_protection_satisfaction", Status.ACHIEVED),
        entry("civil_first_instance_acceptance", Status.ACHIEVED));
    assertThat(t.rows().get(6).sentenceZh()).contains("已于2023年提前两年实现2025年目标（82分）");
    assertThat(t.rows().get(6).sentenceEn()).contains("reached its 2025 target (82 points) in 2023, two years early");
  }

  @Test
  void defaults_to_the_expected_indicators_and_the_latest_year_with_data() throws Exception {
    ProgressTable t = TargetsAssessment.bundled().assess(null, null);

    assertThat(t.set()).isEqualTo("expected_2025");
    assertThat(t.year()).isEqualTo(2024);
    assertThat(statuses(t)).isEqualTo(statuses(TargetsAssessment.bundled().assess("expected_2025", 2023)));
    assertThat(t.rows().get(2).result().latestValue()).isEqualTo(3987.1);
  }

  @Test
  void keeps_both_baselines_where_the_documents_disagree_and_says_which_is_used() throws Exception {
    ProgressTable t = TargetsAssessment.bundled().assess("expected_2025", 2023);
    ProgressRow highValue = t.rows().get(3);
    Target target = highValue.target();

    assertThat(target.baselineValue()).isEqualTo(6.3);
    assertThat(target.note()).startsWith("Baseline used: 6.3 (000 表1). 002 prints 6.2");
    assertThat(highValue.result().alternatives()).singleElement().satisfies(a -> {
      assertThat(a.baselineValue()).isEqualTo(6.2);
      assertThat(a.source()).contains("002");
      assertThat(a.status()).isEqualTo(Status.ON_TRACK);
    });
    assertThat(t.rows().get(0).target().alternatives().get(0).value()).isEqualTo(11.6);
    assertThat(t.rows().get(0).result().alternatives().get(0).status()).isEqualTo(Status.ON_TRACK);
  }

  @Test
  void assesses_the_annual_targets_of_2024() throws Exception {
    ProgressTable t = TargetsAssessment.bundled().assess("annual_2024", null);

    assertThat(t.year()).isEqualTo(2024);
    assertThat(statuses(t)).containsExactly(
        entry("invention_exam_period", Status.ACHIEVED),
        entry("trademark_exam_period", Status.ACHIEVED),
        entry("ip_pledge_financing_growth", Status.NOT_ASSESSABLE),
        entry("sme_pledge_beneficiaries_growth", Status.NOT_ASSESSABLE),
        entry("unexploited_patent_inventory", Status.ACHIEVED),
        entry("protection_centres", Status.IMPROVING),
        entry("ip_protection_satisfaction", Status.IMPROVING_SLOWLY),
        entry("overseas_dispute_centres", Status.IMPROVING),
        entry("prefecture_service_institutions", Status.ACHIEVED),
        entry("national_service_outlets", Status.ACHIEVED),
        entry("protection_info_platform", Status.ACHIEVED),
        entry("new_service_agglomeration_zones", Status.NOT_ASSESSABLE),
        entry("patent_thematic_databases", Status.ACHIEVED));
  }

  @Test
  void rejects_an_unknown_set_and_a_year_before_the_baseline() throws Exception {
    TargetsAssessment a = TargetsAssessment.bundled();

    DataException set = catchThrowableOfType(DataException.class, () -> a.assess("plan_2030", null));
    DataException year = catchThrowableOfType(DataException.class, () -> a.assess("expected_2025", 2019));

    assertThat(set.getMessage()).isEqualTo("--set plan_2030: unknown target set; the sets are [expected_2025, annual_2024]");
    assertThat(year.getMessage())
        .isEqualTo("--year 2019: set 'expected_2025' starts in 2020 (its earliest baseline year); choose --year 2020 or later");
  }

  @Test
  void reads_given_files_and_rejects_a_set_and_code_given_twice() throws Exception {
    String header = "set,code,name_zh,baseline_year,baseline_value,target_year,target_value\n";
    Path plan = Files.writeString(dir.resolve("plan_2030.csv"), header + "plan_2030,a,甲,2025,10,2030,20\n");
    Path again = Files.writeString(dir.resolve("again.csv"), header + "plan_2030,a,甲,2025,10,2030,25\n");
    Path observed = Files.writeString(dir.resolve("observed.csv"), "indicator,year,value\na,2026,12\n");

    TargetsAssessment a = TargetsAssessment.read(List.of(plan), observed);
    DataException twice = catchThrowableOfType(DataException.class,
        () -> TargetsAssessment.read(List.of(plan, again), observed));
    DataException missing = catchThrowableOfType(DataException.class,
        () -> TargetsAssessment.read(List.of(dir.resolve("nope.csv")), null));

    assertThat(a.sets()).containsExactly("plan_2030");
    ProgressTable t = a.assess(null, null);
    assertThat(t.year()).isEqualTo(2026);
    assertThat(t.rows().get(0).result().status()).isEqualTo(Status.ON_TRACK);
    assertThat(twice.getMessage()).contains("set 'plan_2030', code 'a' is also given in " + plan);
    assertThat(missing.getMessage()).contains("--targets " + dir.resolve("nope.csv") + ": file not found");
  }
}
