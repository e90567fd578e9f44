package org.ipindex.io.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ipindex.io.ingest.Fixtures;
import org.ipindex.io.ingest.Issue;
import org.ipindex.io.ingest.IssueCode;
import org.ipindex.io.ingest.Parsed;
import org.ipindex.io.ingest.Severity;
import org.ipindex.io.ingest.catalogue.CatalogueView;
import org.ipindex.io.ingest.catalogue.InMemoryStoredValues;
import org.ipindex.io.ingest.catalogue.StoredValues;
import org.junit.jupiter.api.Test;

/** Every error and warning of validation, with the exact message a user reads. */
class ValidationTest {
  private static final CatalogueView CATALOGUE = Fixtures.catalogue();

  private static Outcome check(String csv) {
    return check(csv, StoredValues.NONE, ValidationOptions.DEFAULT);
  }

  private static Outcome check(String csv, StoredValues stored, ValidationOptions options) {
    Parsed p = Fixtures.longCsv("d.csv", "region,measure,year,value,unit\n" + csv);
    return Validation.check(p, CATALOGUE, stored, options);
  }

  private static List<String> messages(Outcome o) {
    return o.problems().all().stream().map(Issue::toString).toList();
  }

  @Test
  void accepts_a_clean_file_and_resolves_every_spelling() {
    Outcome o = check("""
        广东,valid_patents[invention],2024,66.349万,
        Jiangsu,有效发明专利量,2024,"600,000",件
        440000,population_year_end,2024,12780,万人
        (深圳),valid_patents[invention],2024,30万,
        """);
    assertThat(o.problems().isEmpty()).as(messages(o).toString()).isTrue();
    assertThat(o.decision()).isEqualTo(Outcome.Decision.STORE);
    ValidRows rows = o.rows();
    assertThat(rows.size()).isEqualTo(4);
    assertThat(List.of(rows.region(0), rows.region(1), rows.region(2), rows.region(3))).containsExactly("44", "32", "44", "440300");
    assertThat(rows.measure(1)).isEqualTo("valid_patents[invention]");
    assertThat(rows.value(0)).isEqualTo(663490.0);
    assertThat(rows.value(3)).isEqualTo(300000.0);
    assertThat(rows.count(Change.NEW)).isEqualTo(4);
  }

  @Test
  void names_an_unknown_region_once_with_its_other_rows() {
    Outcome o = check("""
        广東,valid_patents[invention],2023,1,
        广東,valid_patents[invention],2024,2,
        Atlantis,valid_patents[invention],2024,3,
        广東,valid_patents[design],2024,4,
        """);
    assertThat(messages(o)).containsExactly(
        "d.csv, row 2, column region: region '广東' is not known (did you mean '广东'?); also in rows 3, 5; "
            + "write a region's name or code as in data/region-aliases.csv (广东, 广东省, Guangdong, 44 or 440000)",
        "d.csv, row 4, column region: region 'Atlantis' is not known; "
            + "write a region's name or code as in data/region-aliases.csv (广东, 广东省, Guangdong, 44 or 440000)");
    assertThat(o.problems().errors().get(0).code()).isEqualTo(IssueCode.UNKNOWN_REGION);
    assertThat(o.problems().errors().get(0).value()).isEqualTo("广東");
    assertThat(o.decision()).isEqualTo(Outcome.Decision.REJECT);
    assertThat(o.rejected()).isEqualTo(4);
  }

  @Test
  void names_an_unknown_measure() {
    assertThat(messages(check("44,valid_patent,2024,1,\n"))).containsExactly(
        "d.csv, row 2, column measure: measure 'valid_patent' is not known (did you mean 'valid_patents'?); "
            + "write a measure code from frameworks/measures.csv (e.g. valid_patents[invention]) or one of its aliases");
  }

  @Test
  void names_a_value_that_is_not_a_number() {
    Outcome o = check("44,valid_patents,2024,12a,\n");
    assertThat(messages(o)).containsExactly("d.csv, row 2, column value: '12a' is not a number; after the number only a "
        + "multiplier (万, 亿) or a unit (件, 元, 万元, %) may follow; write a number such as 1234, 1,234, 1.2万 or 12.5%, "
        + "or leave the cell empty (or write —) for a missing value");
    assertThat(o.problems().errors().get(0).code()).isEqualTo(IssueCode.NOT_A_NUMBER);
    assertThat(o.problems().errors().get(0).value()).isEqualTo("12a");
  }

  @Test
  void refuses_a_negative_count() {
    assertThat(messages(check("44,valid_patents,2024,-5,\n"))).containsExactly(
        "d.csv, row 2, column value: '-5' is negative but valid_patents is a count (件); "
            + "correct the sign, or leave the cell empty (or write —) if the value is unknown");
  }

  @Test
  void refuses_a_percentage_outside_0_to_100() {
    assertThat(messages(check("CN,patent_e_filing_rate,2024,120,\nCN,patent_e_filing_rate,2023,99.5,%\n"))).containsExactly(
        "d.csv, row 2, column value: '120' is outside 0–100 but patent_e_filing_rate is a percentage; "
            + "write the percentage as a number from 0 to 100 (96.5 for 96.5 %)");
  }

  @Test
  void refuses_the_same_key_twice_however_it_is_spelt() {
    Outcome o = check("广东,valid_patents,2024,7,\n44,valid_patents,2024,8,\n");
    assertThat(messages(o)).containsExactly(
        "d.csv, row 3, column value: valid_patents for 广东 (44) in 2024 is given twice: here (8) and at row 2, "
            + "column value (7); keep one of the two");
    assertThat(o.problems().errors().get(0).code()).isEqualTo(IssueCode.DUPLICATE_KEY);
  }

  @Test
  void refuses_a_unit_that_does_not_convert() {
    assertThat(messages(check("44,gdp,2024,5,件\n32,gdp,2024,6,件\n44,gdp,2023,5,万元\n"))).containsExactly(
        "d.csv, row 2, column value: unit '件' does not fit gdp, which is measured in 亿元; also in row 3; "
            + "give values of gdp in 亿元 or a multiple of it (万元, 亿元), or correct the unit");
  }

  @Test
  void converts_units_exactly_into_the_measures_unit() {
    Outcome o = check("44,gdp,2024,1234.5,万元\n44,valid_patents,2024,475.63万,件\n44,population_year_end,2024,127800000,人\n");
    assertThat(o.problems().isEmpty()).isTrue();
    assertThat(o.rows().value(0)).isEqualTo(0.12345);
    assertThat(o.rows().value(1)).isEqualTo(4756300.0);
    assertThat(o.rows().value(2)).isEqualTo(12780.0);
  }

  @Test
  void refuses_a_changed_value_without_a_revision_and_takes_it_with_one() {
    StoredValues stored = InMemoryStoredValues.builder()
        .put("valid_patents[invention]", "44", 2024, 663490)
        .put("valid_patents[invention]", "32", 2024, 500000).build();
    String csv = "44,valid_patents[invention],2024,663491,\n32,valid_patents[invention],2024,500000,\n"
        + "33,valid_patents[invention],2024,400000,\n";
    Outcome refused = check(csv, stored, ValidationOptions.DEFAULT);
    assertThat(messages(refused)).containsExactly(
        "d.csv, row 2, column value: valid_patents[invention] for 广东 (44) in 2024 is 663491 here but 663490 is stored; "
            + "to replace the stored value, import again with --revise --reason \"why\"; otherwise correct the file");
    Outcome revised = check(csv, stored, ValidationOptions.DEFAULT.withRevision(Revision.because("CNIPA corrected table 5")));
    assertThat(revised.problems().isEmpty()).isTrue();
    assertThat(revised.count(Change.NEW)).isEqualTo(1);
    assertThat(revised.count(Change.CHANGED)).isEqualTo(1);
    assertThat(revised.count(Change.UNCHANGED)).isEqualTo(1);
    assertThat(revised.rows().previous(0)).isEqualTo(663490.0);
  }

  @Test
  void a_revision_needs_a_reason() {
    assertThatThrownBy(() -> Revision.because(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a revision needs a reason: --revise --reason \"…\"");
  }

  @Test
  void warns_when_parts_do_not_add_up_to_their_total() {
    Outcome o = check("""
        44,valid_patents,2024,100,
        44,valid_patents[invention],2024,50,
        44,valid_patents[utility_model],2024,30,
        44,valid_patents[design],2024,19,
        32,valid_patents,2024,100,
        32,valid_patents[invention],2024,50,
        32,valid_patents[utility_model],2024,30,
        32,valid_patents[design],2024,20,
        """);
    assertThat(messages(o)).containsExactly("d.csv, row 2, column value: the parts of valid_patents for 广东 (44) in 2024 "
        + "do not add up: the total is 100 but valid_patents[invention] + valid_patents[utility_model] + valid_patents[design] "
        + "= 50 + 30 + 19 = 99, a difference of -1 (-1 %) beyond the tolerance of 0.1 %; check the total and its parts, and "
        + "correct the wrong one; if the difference is real, accept it with --accept-warnings");
    assertThat(o.problems().warnings().get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(o.decision()).isEqualTo(Outcome.Decision.NEEDS_ACCEPTANCE);
    assertThat(o.rejected()).isEqualTo(8);
    Outcome accepted = check("44,valid_patents,2024,100,\n44,valid_patents[invention],2024,50,\n"
        + "44,valid_patents[utility_model],2024,30,\n44,valid_patents[design],2024,19,\n",
        StoredValues.NONE, ValidationOptions.DEFAULT.acceptingWarnings());
    assertThat(accepted.decision()).isEqualTo(Outcome.Decision.STORE);
    assertThat(accepted.rejected()).isZero();
  }

  @Test
  void completes_parts_from_the_stored_values() {
    StoredValues stored = InMemoryStoredValues.builder()
        .put("valid_patents[utility_model]", "44", 2024, 30).put("valid_patents[design]", "44", 2024, 20).build();
    Outcome ok = check("44,valid_patents,2024,100,\n44,valid_patents[invention],2024,50,\n", stored, ValidationOptions.DEFAULT);
    assertThat(ok.problems().isEmpty()).isTrue();
    Outcome off = check("44,valid_patents,2024,101,\n44,valid_patents[invention],2024,50,\n", stored, ValidationOptions.DEFAULT);
    assertThat(off.problems().warnings()).extracting(Issue::code).containsExactly(IssueCode.PARTS_DO_NOT_ADD_UP);
  }

  private static String provinces(String total) {
    StringBuilder csv = new StringBuilder("CN,population_year_end,2024," + total + ",\n");
    CATALOGUE.sumParts("CN").stream().filter(r -> r.code().compareTo("70") < 0)
        .forEach(r -> csv.append(r.code()).append(",population_year_end,2024,").append(r.code().equals("11") ? 4548 : 4536).append(",\n"));
    return csv.toString();
  }

  @Test
  void tolerates_differences_within_the_measures_tolerance() {
    // population: the 31 provinces (140628) add up to 全国 less the army (0.14 %), within its 0.5 %
    Outcome o = check(provinces("140828"));
    assertThat(o.problems().isEmpty()).as(messages(o).toString()).isTrue();
  }

  @Test
  void warns_when_the_provinces_do_not_add_up_to_the_national_total() {
    Outcome o = check(provinces("141828"));
    assertThat(messages(o)).containsExactly("d.csv, row 2, column value: the regions of population_year_end in 2024 "
        + "do not add up: 全国 (CN) is 141828 but its 31 parts (北京, 天津, 河北 … 新疆) add up to 140628, a difference of "
        + "-1200 (-0.85 %) beyond the tolerance of 0.5 %; check the total and the parts, and correct the wrong one; if the "
        + "difference is real, accept it with --accept-warnings");
    assertThat(o.problems().warnings().get(0).code()).isEqualTo(IssueCode.REGIONS_DO_NOT_ADD_UP);
  }

  @Test
  void waits_for_every_required_part_before_adding_up() {
    Outcome o = check("CN,population_year_end,2024,99999,\n44,population_year_end,2024,12780,\n");
    assertThat(o.problems().isEmpty()).isTrue();
  }

  @Test
  void says_what_the_dry_run_would_do() {
    StoredValues stored = InMemoryStoredValues.builder()
        .put("valid_patents[invention]", "44", 2024, 663490).put("valid_patents[invention]", "32", 2024, 500000).build();
    Outcome o = check("44,valid_patents[invention],2024,663491,\n32,valid_patents[invention],2024,500000,\n"
        + "33,valid_patents[invention],2024,—,\n33,valid_patents[invention],2023,400000,\n",
        stored, ValidationOptions.DEFAULT.withRevision(Revision.because("CNIPA corrected table 5")));
    assertThat(DryRun.report(o)).isEqualTo("""
        d.csv: 3 values read, 1 cells without a value (nothing is stored for them)
        would store 3 values: 1 new, 1 changed, 1 unchanged; 0 rejected
        revision reason: CNIPA corrected table 5
        changes (1):
          valid_patents[invention] 44 2024: 663490 → 663491 (d.csv, row 2, column value)
        """);
    Outcome bad = check("44,valid_patents[invention],2024,-1,\n");
    assertThat(DryRun.report(bad)).isEqualTo("""
        d.csv: 1 values read
        would store nothing: 1 error; 1 rejected (once fixed: 1 new, 0 changed, 0 unchanged)
        errors (1):
          d.csv, row 2, column value: '-1' is negative but valid_patents[invention] is a count (件); correct the sign, or leave the cell empty (or write —) if the value is unknown
        """);
  }

  @Test
  void turns_problems_into_one_data_exception_for_the_cli() {
    Outcome o = check("44,valid_patents,2024,-5,\n44,valid_patents,2023,x,\n");
    assertThat(o.problems().toException(false).getMessage()).isEqualTo("""
        2 problems:
          - d.csv, row 2, column value: '-5' is negative but valid_patents is a count (件); correct the sign, or leave the cell empty (or write —) if the value is unknown
          - d.csv, row 3, column value: 'x' is not a number; write a number such as 1234, 1,234, 1.2万 or 12.5%, or leave the cell empty (or write —) for a missing value""");
  }
}
