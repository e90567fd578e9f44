package org.ipindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code ipindex targets} in-process and checks exit codes and the exact output. */
class TargetsCommandTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void prints_table_1_of_chapter_1_with_the_judgments_for_the_data_of_the_2024_report() {
    Run r = run("targets", "--year", "2023");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Plan targets · set expected_2025 · 8 targets · data up to 2023\n");
    assertThat(r.out()).contains("""
        #  指标                            单位    2020   2021    2022    2023  目标2025  状态                          R  年均增速 实际/所需  距离/时间      预测2025 复合/线性
           indicator                       unit                                   target  status                           growth a year       distance/time  projection
        -  ------------------------------  ----  ------  -----  ------  ------  --------  -------------------------  ----  ------------------  -------------  -------------------
        1  专利密集型产业增加值占GDP比重   %      11.97  12.44   12.71       —        13  符合预期 on track          1.83  3.0% / 1.7%         72% / 40%      13.91 / 13.82
        2  版权产业增加值占GDP比重         %       7.39   7.41    7.41       —       7.5  进展有限 limited progress  0.46  0.14% / 0.30%       18% / 40%      7.44 / 7.44
        3  知识产权使用费年进出口总额      亿元  3194.4   3783  3872.5  3765.2      3500  已实现 achieved            3.05  5.6% / 1.8%         187% / 60%     4201.33 / 4145.73
        4  每万人口高价值发明专利拥有量    件       6.3    7.5     9.4    11.8        12  符合预期 on track          1.69  23.3% / 13.8%       96% / 60%      17.93 / 15.47
        5  海外发明专利授权量              万件       4    4.6       5       —         9  需加快 needs acceleration  0.67  11.8% / 17.6%       20% / 40%      6.99 / 6.5
        6  知识产权质押融资登记金额        亿元    2180   3098  4868.8  8539.9      3200  已实现 achieved            7.22  57.6% / 8.0%        624% / 60%     21221.87 / 12779.83
        7  知识产权保护社会满意度          分     80.05  80.61   81.25   82.04        82  已实现 achieved            1.70  0.82% / 0.48%       102% / 60%     83.39 / 83.37
        8  知识产权民事一审案件服判息诉率  %          —   90.5    89.8    91.9        85  已实现 achieved            0.50  0.77% / -1.6%       — / 50%        93.32 / 93.3
        """);
    assertThat(r.out())
        .contains("7. 知识产权保护社会满意度2023年为82.04分，2020—2023年年均增长0.82%，已于2023年提前两年实现2025年目标（82分）。\n"
            + "   Public satisfaction with IP protection: 82.04 points in 2023; it grew 0.82% a year in 2020–2023; "
            + "it reached its 2025 target (82 points) in 2023, two years early.\n")
        .contains("- 4 每万人口高价值发明专利拥有量: baseline 6.3 used (on track, R 1.69); alternative 6.2 "
            + "(002 规划 indicator table (2020 baseline column)): on track, R 1.69.")
        .contains("- latest_earlier (1, 2, 5): 评估年份无数据，使用此前最近一年的数据; no value for the assessment year; "
            + "the latest earlier value is used\n");
  }

  @Test
  void uses_the_latest_data_by_default_and_assesses_the_annual_targets_on_request() {
    Run expected = run("targets");
    Run annual = run("targets", "--set", "annual_2024");

    assertThat(expected.code()).as(expected.err()).isZero();
    assertThat(expected.out()).startsWith("Plan targets · set expected_2025 · 8 targets · data up to 2024\n")
        .contains("知识产权使用费年进出口总额2024年为3987.1亿元");
    assertThat(annual.code()).as(annual.err()).isZero();
    assertThat(annual.out()).contains(" 1  发明专利平均审查周期                          个月     16   15.5      15.5  已实现 achieved")
        .contains("1. 发明专利平均审查周期2024年为15.5个月，2023—2024年年均下降3.1%，已于2024年如期实现2024年目标（15.5个月左右）。");
  }

  @Test
  void writes_csv_to_the_terminal_and_csv_json_xlsx_files() throws Exception {
    Run csv = run("targets", "--year", "2023", "--format", "csv");
    assertThat(csv.code()).as(csv.err()).isZero();
    assertThat(csv.out()).startsWith("set,year,order,code,name_zh,name_en,unit_zh,unit_en,direction,comparison,")
        .contains("expected_2025,2023,7,ip_protection_satisfaction,知识产权保护社会满意度,");

    for (String ext : new String[] {"csv", "json", "xlsx", "txt"}) {
      Path out = dir.resolve("out/targets." + ext);
      Run r = run("targets", "--year", "2023", "--out", out.toString());
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).isEqualTo("wrote " + out + "\n");
      assertThat(out).exists().isNotEmptyFile();
    }
    assertThat(Files.readString(dir.resolve("out/targets.csv"))).startsWith("\uFEFFset,year,");
    assertThat(Files.readString(dir.resolve("out/targets.json"))).contains("\"status\" : \"needs_acceleration\"");
    assertThat(Files.readString(dir.resolve("out/targets.txt"))).startsWith("Plan targets · set expected_2025");
    try (InputStream in = Files.newInputStream(dir.resolve("out/targets.xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
      assertThat(book.getSheet("targets").getLastRowNum()).isEqualTo(8);
    }
  }

  @Test
  void reads_target_and_observed_files_of_ones_own() throws Exception {
    Path targets = Files.writeString(dir.resolve("plan.csv"), """
        set,code,name_zh,name_en,unit_zh,unit_en,direction,baseline_year,baseline_value,target_year,target_value
        plan_2030,period,审查周期,Examination period,个月,months,-1,2025,15,2030,12
        """);
    Path observed = Files.writeString(dir.resolve("observed.csv"), "indicator,year,value,source\nperiod,2027,14.5,own\n");

    Run r = run("targets", "--targets", targets.toString(), "--observed", observed.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Plan targets · set plan_2030 · 1 target · data up to 2027\n")
        .contains("1  审查周期   个月    15     —  14.5        12  进展有限 limited progress  0.39  -1.7% / -4.4%")
        .contains("1. 审查周期2027年为14.5个月，2025—2027年年均下降1.7%，仅为实现2030年目标（12个月）所需年均下降4.4%的39%（R=0.39），"
            + "进展有限；按此趋势2030年约为13.78个月（线性外推13.75个月），难以按期实现目标。");
  }

  @Test
  void an_unknown_set_or_a_bad_file_exits_2_with_the_place_and_the_fix() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.csv"), "set,code,name_zh,baseline_year,target_year,target_value\n"
        + "s,a,甲,2020,2025,abc\n");

    Run set = run("targets", "--set", "plan_2030");
    Run file = run("targets", "--targets", bad.toString());
    Run missing = run("targets", "--observed", dir.resolve("nope.csv").toString());
    Run xlsx = run("targets", "--format", "xlsx");

    assertThat(set.code()).isEqualTo(2);
    assertThat(set.err()).isEqualTo("ipindex: --set plan_2030: unknown target set; the sets are [expected_2025, annual_2024]\n");
    assertThat(file.code()).isEqualTo(2);
    assertThat(file.err()).contains("bad.csv row 2 column target_value: 'abc' is not a number")
        .doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("--observed " + dir.resolve("nope.csv") + ": file not found");
    assertThat(xlsx.code()).isEqualTo(2);
    assertThat(xlsx.err()).contains("--format xlsx needs --out FILE").contains("Usage: ipindex targets");
  }

  @Test
  void is_listed_in_the_help() {
    Run r = run("--help");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("targets").contains("Judge progress toward plan targets");
  }
}
