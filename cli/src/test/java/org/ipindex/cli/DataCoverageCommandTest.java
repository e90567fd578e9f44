package org.ipindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ipindex data coverage} run in-process, as a user sees it. */
class DataCoverageCommandTest {
  @TempDir
  Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new DataCoverageCommand.Data());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void lists_what_the_bundled_data_fill_in_the_regional_framework() {
    Run r = run("coverage", "--framework", "regional", "--year", "2024");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("""
        Coverage of the regional framework by the bundled data, data year 2024: 82 indicators, 31 units
        filled for every unit: 9 (9 directly, 9 by formula); partly: 0; not at all: 73
        the definitions call 9 computable from the bundled data (in some year)

        code  fill     units  source          computable  name = formula; why missing
        R01   missing   0/31  -               no          法院知识产权民事一审案件结案量 = court_ip_civil_first_instance_concluded; 11 2024: no value given; by formula: court_ip_civil_first_instance_concluded is not in the data
        """)
        .contains("R19   full     31/31  direct+formula  yes         每万人口发明专利拥有量 = valid_patents[invention] / population_year_end\n")
        .contains("R25   missing   0/31  -               no          每万家企业商标有效注册量 = valid_trademark_registrations / "
            + "enterprise_legal_units * 10000; 11 2024: no value given; by formula: enterprise_legal_units is missing for 11 in 2024\n");
    assertThat(r.out().lines().filter(l -> l.matches("R\\d\\d .*")).count()).isEqualTo(82);
  }

  @Test
  void says_where_the_definitions_claim_more_than_a_year_has() {
    Run r = run("coverage", "--framework", "national", "--year", "2023");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("""
        Coverage of the national framework by the bundled data, data year 2023: 80 indicators, 1 unit
        filled for every unit: 24 (19 directly, 5 by formula); partly: 0; not at all: 56
        the definitions call 28 computable from the bundled data (in some year); not filled in 2023: N21, N36, N37, N57
        """)
        .contains("N69   full       1/1  formula         yes         国外在华专利有效量 = valid_patents@FOREIGN\n");
  }

  @Test
  void counts_a_users_statistics_by_formula() throws IOException {
    Path stats = dir.resolve("pct.csv");
    Files.writeString(stats, """
        region,measure,year,value,unit
        广东,pct_applications,2024,2.5万,件
        广东,gdp,2024,141633.8,亿元
        Jiangsu,pct_applications,2024,8000,
        """);
    Run r = run("coverage", "--framework", "regional", "--year", "2024", "--statistics", stats.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("""
        Coverage of the regional framework by the given data, data year 2024: 82 indicators, 31 units
        filled for every unit: 9 (9 directly, 0 by formula); partly: 2; not at all: 71
        the definitions call 9 computable from the bundled data (in some year)
        """)
        .contains("R22   partial   2/31  formula         no          PCT专利申请受理量 = pct_applications; 11 2024: no value given; "
            + "by formula: no statistics for 11 in 2024\n")
        .contains("R23   partial   1/31  formula         no ");
  }

  @Test
  void refuses_an_unknown_framework() {
    Run r = run("coverage", "--framework", "provincial");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--framework must be one of [national, regional], got 'provincial'");
  }
}
