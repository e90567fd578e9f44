package org.ipindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command in-process and checks exit codes and output, as a user would see them. */
class CliTest {
  @TempDir
  Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  private Path tinyFramework() throws IOException {
    return write("f.csv", """
        code,parent,level,name_zh,name_en,unit,direction,weight
        I,,2,指数,Index,分,1,
        a,I,1,甲,A,件,1,1
        b,I,1,乙,B,月,-1,1
        """);
  }

  private Path tinyData() throws IOException {
    return write("d.csv", """
        unit,indicator,year,value
        广东,a,2023,10
        广东,b,2023,4
        江苏省,a,2023,20
        江苏省,b,2023,8
        Zhejiang,a,2023,30
        Zhejiang,b,2023,2
        """);
  }

  @Test
  void evaluates_a_small_framework_with_the_default_recipe() throws IOException {
    Run r = run("evaluate", "--framework", tinyFramework().toString(), "--data", tinyData().toString());
    assertThat(r.code()).as(r.err()).isZero();
    // a: 0, 50, 100; b (smaller is better): 4 → 66.67, 8 → 0, 2 → 100; index = mean
    assertThat(r.out()).contains("2023 evaluation (2023 data) · recipe default · 3 units · 2 indicators")
        .contains("""
            unit  name  I           a           b
                        指数        甲          乙
            ----  ----  ----------  ----------  ----------
            33    浙江  100.00 (1)  100.00 (1)  100.00 (1)
            44    广东   33.33 (2)    0.00 (3)   66.67 (2)
            32    江苏   25.00 (3)   50.00 (2)    0.00 (3)
            """)
        .contains("Coverage 2023: 2 of 2 indicators have data, carrying 100.0 % of the index weight.")
        .contains("note: no --recipe given: using the default recipe");
  }

  @Test
  void writes_csv_json_and_xlsx_files() throws IOException {
    for (String ext : List.of("csv", "json", "xlsx")) {
      Path out = dir.resolve("out/results." + ext);
      Run r = run("evaluate", "--framework", tinyFramework().toString(), "--data", tinyData().toString(),
          "--out", out.toString());
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(out).exists().isNotEmptyFile();
    }
    String csv = Files.readString(dir.resolve("out/results.csv"));
    assertThat(csv).contains("unit,unit_name,year,evaluation_year,code,level,name_zh,name_en,score,rank,change,change_pct,coverage");
    assertThat(csv).contains("33,浙江,2023,2023,I,2,指数,Index,100,1,,,1");
  }

  @Test
  void bad_data_exits_2_and_names_the_file_row_column_and_value() throws IOException {
    Path data = write("bad.csv", """
        unit,indicator,year,value
        广东,a,2023,10
        广东,b,2023,abc
        """);
    Run r = run("evaluate", "--framework", tinyFramework().toString(), "--data", data.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("bad.csv").contains("row 3").contains("value").contains("abc");
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void a_missing_file_exits_2_with_the_path() {
    Run r = run("evaluate", "--framework", "nope.csv");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--framework nope.csv: file not found").contains("national, regional");
  }

  @Test
  void an_unknown_option_exits_2_with_usage() {
    Run r = run("evaluate", "--framework", "regional", "--colour");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option: '--colour'").contains("Usage: ipindex evaluate");
  }

  @Test
  void an_unknown_format_exits_2() {
    Run r = run("evaluate", "--framework", "regional", "--format", "pdf");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--format pdf: unknown format; use one of [table, csv, json, xlsx]");
  }

  @Test
  void the_regional_evaluation_just_works_on_a_data_file_with_group_statistics() throws IOException {
    Path data = write("r.csv", """
        unit,indicator,year,value
        广东,R18,2022,100
        广东,R18,2023,120
        北京,R18,2022,90
        北京,R18,2023,95
        河南,R18,2022,30
        河南,R18,2023,50
        """);
    Run r = run("evaluate", "--framework", "regional", "--data", data.toString(), "--group-by", "area");
    assertThat(r.code()).as(r.err()).isZero();
    // pooled bounds 30..120: 广东 2023 = 100; 北京 60 + 40·65/90; 河南 60 + 40·20/90
    assertThat(r.out()).contains("2024 evaluation (2023 data)")
        .contains("1 of 82 indicators have data")
        .contains("Groups (area), 2023 data:")
        .contains("东部");
  }

  @Test
  void an_evaluation_year_without_data_names_the_years_there_are() throws IOException {
    Run r = run("evaluate", "--framework", "regional", "--year", "2030");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("the 2030 evaluation uses data of 2029").contains("[2024, 2025]");
  }

  @Test
  void the_main_job_writes_both_evaluations_releases_and_the_report() {
    Run r = run("run", "--no-serve", "--home", dir.resolve("home").toString(), "--out", dir.resolve("o").toString());
    assertThat(r.code()).as(r.err()).isZero();
    for (String name : List.of("national", "regional")) {
      for (String ext : List.of("csv", "json", "xlsx", "txt")) {
        assertThat(dir.resolve("o/" + name + "." + ext)).isNotEmptyFile();
      }
    }
    assertThat(r.out()).contains("地区知识产权发展指数").contains("知识产权强国建设指数").contains("Coverage")
        .contains("release national-2025: 2025 evaluation (2024 data)", "release regional-2025: 2025 evaluation (2024 data)");
    for (String ext : List.of("docx", "pdf", "html", "xlsx")) {
      assertThat(dir.resolve("o/report-2025-zh." + ext)).isNotEmptyFile();
    }
    // again: nothing was imported since, so the same releases serve
    Run again = run("run", "--no-serve", "--home", dir.resolve("home").toString(), "--out", dir.resolve("o").toString());
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.out()).contains("release national-2025: up to date with the store", "release regional-2025: up to date");
    // after a revision the store has moved on: a new pair is frozen and the report rests on it
    Path fix = dir.resolve("fix.csv");
    try {
      Files.writeString(fix, "region,measure,year,value,unit,source\n广东,R18,2024,800000,件,test\n");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Run revised = run("import", fix.toString(), "--revise", "--reason", "test revision", "--home", dir.resolve("home").toString());
    assertThat(revised.code()).as(revised.err() + revised.out()).isZero();
    Run third = run("run", "--no-serve", "--home", dir.resolve("home").toString(), "--out", dir.resolve("o").toString());
    assertThat(third.code()).as(third.err()).isZero();
    assertThat(third.out()).contains("release national-2025.2: 2025 evaluation", "release regional-2025.2: 2025 evaluation");
    Run bad = run("run", "--no-serve", "--lang", "fr", "--home", dir.resolve("home").toString());
    assertThat(bad.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(bad.err()).contains("--lang fr");
  }

  @Test
  void shows_a_units_profile_with_the_drivers_of_its_change() {
    Run r = run("evaluate", "--framework", "regional", "--unit", "Guangdong");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("广东 (44) · 2025 evaluation (2024 data)")
        .contains("Strengths:  R18 发明专利拥有量 (1/31)")
        .containsPattern("Change of RI against 2023: [+-]\\d+\\.\\d\\d points = R18");
    Run bad = run("evaluate", "--framework", "regional", "--unit", "Atlantis");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("--unit Atlantis: no such unit in the data");
  }

  @Test
  void lists_the_methods() {
    Run r = run("methods");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("normalise   ").contains("base_year_index").contains("efficacy")
        .contains("carry_forward").contains("winsorise").contains("ahp").contains("generalised");
  }
}
