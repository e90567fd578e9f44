package org.ipindex.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Direction;
import org.ipindex.core.model.Problem;
import org.ipindex.core.model.ProblemCode;
import org.ipindex.core.target.AlternativeBaseline;
import org.ipindex.core.target.Comparison;
import org.ipindex.core.target.Observations;
import org.ipindex.core.target.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetsReaderTest {
  private static final String HEADER = "set,code,name_zh,name_en,unit_zh,unit_en,direction,comparison,baseline_year,"
      + "baseline_value,target_year,target_value,ceiling,source,note,alt_baseline_value,alt_baseline_source\n";
  private static final Path SHIPPED = Path.of("..", "targets");

  @TempDir Path dir;

  @Test
  void reads_the_bundled_expected_indicators() throws Exception {
    List<Target> targets = TargetsReader.targets(SHIPPED.resolve("expected_indicators_2025.csv"));

    assertThat(targets).hasSize(8).allSatisfy(t -> {
      assertThat(t.set()).isEqualTo("expected_2025");
      assertThat(t.baselineYear()).isEqualTo(2020);
      assertThat(t.targetYear()).isEqualTo(2025);
    });
    Target highValue = targets.get(3);
    assertThat(highValue.nameZh()).isEqualTo("每万人口高价值发明专利拥有量");
    assertThat(highValue.baselineValue()).isEqualTo(6.3);
    assertThat(highValue.alternatives()).containsExactly(
        new AlternativeBaseline(6.2, "002 规划 indicator table (2020 baseline column)"));
    assertThat(targets.get(0).alternatives()).extracting(AlternativeBaseline::value).containsExactly(11.6);
    assertThat(targets.get(7).baselineValue()).isNaN();
    assertThat(targets.get(7).ceiling()).isEqualTo(100.0);
  }

  @Test
  void reads_the_bundled_annual_targets_and_observed_values() throws Exception {
    List<Target> annual = TargetsReader.targets(SHIPPED.resolve("annual_2024.csv"));
    Observations observed = TargetsReader.observed(SHIPPED.resolve("observed.csv"));

    assertThat(annual).hasSize(13);
    assertThat(annual.get(0).direction()).isEqualTo(Direction.NEGATIVE);
    assertThat(annual.get(0).comparison()).isEqualTo(Comparison.ABOUT);
    assertThat(annual).filteredOn(Target::isBinary).extracting(Target::targetValue).containsOnly(1.0);
    assertThat(annual).filteredOn(t -> !t.hasTarget()).extracting(Target::indicatorCode)
        .containsExactly("protection_centres", "ip_protection_satisfaction", "overseas_dispute_centres");
    assertThat(observed.series("ip_royalties_trade")).containsEntry(2024, 3987.1).hasSize(5);
    assertThat(observed.series("civil_first_instance_acceptance")).containsOnlyKeys(2021, 2022, 2023);
    for (Target t : annual) {
      assertThat(t.indicatorCode()).matches("[a-z0-9_]+");
    }
  }

  @Test
  void collects_every_problem_with_file_row_column_value_and_fix() throws Exception {
    Path file = TestFiles.write(dir, "targets.csv", HEADER.replace("ceiling", "celing")
        + "s,a,甲,A,%,%,up,reach,2020,1,2025,2,,doc,,,\n"
        + "s,b,乙,B,%,%,1,aboot,20x0,1,2025,2,,doc,,,\n"
        + "s,c,丙,C,%,%,1,reach,2025,1,2020,2,,doc,,,\n"
        + "s,d,丁,D,%,%,1,reach,2020,1,2025,2,,doc,,6.2;6.1,only one source\n"
        + "s,a,戊,E,%,%,1,reach,2020,1,2025,2,,doc,,,\n"
        + "s,,己,F,%,%,1,completed,2020,0,2025,2,,doc,,,\n");

    DataException e = catchThrowableOfType(DataException.class, () -> TargetsReader.targets(file));

    assertThat(e.problems()).extracting(Problem::where).containsExactly(
        "targets.csv row 1 column celing",
        "targets.csv row 2 column direction",
        "targets.csv row 3 column comparison",
        "targets.csv row 3 column baseline_year",
        "targets.csv row 4 column target_year",
        "targets.csv row 5 column alt_baseline_source",
        "targets.csv row 6",
        "targets.csv row 7 column code",
        "targets.csv row 7 column target_value");
    assertThat(e.problems().get(0).message()).contains("did you mean 'ceiling'?");
    assertThat(e.problems().get(1).message()).contains("'up' is not a direction; write 1 if a larger value is better");
    assertThat(e.problems().get(2).message())
        .contains("'aboot' is not a comparison (did you mean 'about'?); write one of [reach, about, stable_at, above, completed]");
    assertThat(e.problems().get(3).message()).contains("'20x0' is not a whole number; write it like 2020");
    assertThat(e.problems().get(4).message()).contains("target year 2020 is not after baseline year 2025");
    assertThat(e.problems().get(5).message()).contains("2 alternative baseline value(s) but 1 source(s)");
    assertThat(e.problems().get(6).code()).isEqualTo(ProblemCode.DUPLICATE_KEY);
    assertThat(e.problems().get(6).message()).contains("set 's', code 'a' is also given in row 2");
    assertThat(e.problems().get(8).message()).contains("'2' is not the target of a completed task; write 1 (done)");
  }

  @Test
  void rejects_values_beyond_the_natural_limit() throws Exception {
    Path file = TestFiles.write(dir, "ceiling.csv", HEADER
        + "s,a,甲,A,%,%,1,reach,2020,90,2025,101,100,doc,,,\n"
        + "s,b,乙,B,月,months,-1,reach,2020,5,2025,-1,0,doc,,,\n");

    DataException e = catchThrowableOfType(DataException.class, () -> TargetsReader.targets(file));

    assertThat(e.problems()).extracting(Problem::toString).containsExactly(
        "ceiling.csv row 2 column target_value: target value 101 lies beyond the natural limit 100 (ceiling column); "
            + "correct the value or the limit",
        "ceiling.csv row 3 column target_value: target value -1 lies beyond the natural limit 0 (ceiling column, a "
            + "floor when smaller is better); correct the value or the limit");
  }

  @Test
  void reports_missing_required_columns_and_an_empty_file() throws Exception {
    Path missing = TestFiles.write(dir, "missing.csv", "set,code,name_zh\ns,a,甲\n");
    Path empty = TestFiles.write(dir, "empty.csv", HEADER);

    DataException m = catchThrowableOfType(DataException.class, () -> TargetsReader.targets(missing));
    DataException e = catchThrowableOfType(DataException.class, () -> TargetsReader.targets(empty));

    assertThat(m.problems()).extracting(Problem::message).containsExactly(
        "required column 'baseline_year' is missing (found [set, code, name_zh]); the target layout needs "
            + "[set, code, name_zh, baseline_year, target_year]",
        "required column 'target_year' is missing (found [set, code, name_zh]); the target layout needs "
            + "[set, code, name_zh, baseline_year, target_year]");
    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.code()).isEqualTo(ProblemCode.EMPTY_INPUT));
  }

  @Test
  void reads_blank_cells_as_defaults_and_a_completed_target_as_one() throws Exception {
    Path file = TestFiles.write(dir, "defaults.csv", "set,code,name_zh,baseline_year,target_year,comparison\n"
        + "s,a,甲,2023,2024,\n"
        + "s,b,乙,2023,2024,completed\n");

    List<Target> targets = TargetsReader.targets(file);

    assertThat(targets.get(0).direction()).isEqualTo(Direction.POSITIVE);
    assertThat(targets.get(0).comparison()).isEqualTo(Comparison.REACH);
    assertThat(targets.get(0).hasTarget()).isFalse();
    assertThat(targets.get(0).baselineValue()).isNaN();
    assertThat(targets.get(1).targetValue()).isEqualTo(1.0);
  }

  @Test
  void reads_observed_values_skipping_missing_ones_and_rejecting_repeats_and_bad_numbers() throws Exception {
    Path good = TestFiles.write(dir, "observed.csv", "indicator,year,value,source\n"
        + "a,2021,1.5,doc\na,2020,NA,doc\nb,2020,—,\na,2022,2,doc\n");
    Path bad = TestFiles.write(dir, "bad.csv", "indicator,year,value,sauce\n"
        + "a,2021,\"3,765.2\",doc\na,2021,1,doc\n,2022,1,\n");

    Observations o = TargetsReader.observed(good);
    DataException e = catchThrowableOfType(DataException.class, () -> TargetsReader.observed(bad));

    assertThat(o.series("a")).containsExactly(java.util.Map.entry(2021, 1.5), java.util.Map.entry(2022, 2.0));
    assertThat(o.series("b")).isEmpty();
    assertThat(e.problems()).extracting(Problem::toString).containsExactly(
        "bad.csv row 1 column sauce: column 'sauce' is not part of the observed-values layout (did you mean 'source'?); "
            + "rename it to one of [indicator, year, value, source, note] or delete it",
        "bad.csv row 2 column value: '3,765.2' is not a number; remove the thousands separators (write 1234.5, not "
            + "1,234.5), or leave the cell empty (or NA) for a missing value",
        "bad.csv row 3: indicator 'a', year 2021 is also given in row 2; keep one of the two rows",
        "bad.csv row 4 column indicator: the indicator is empty; give the indicator's code as used in the target file");
  }
}
