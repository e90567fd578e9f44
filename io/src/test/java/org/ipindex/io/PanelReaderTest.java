package org.ipindex.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.FlagKind;
import org.ipindex.core.model.Panel;
import org.ipindex.core.model.Problem;
import org.ipindex.core.model.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PanelReaderTest {
  private static final String HEADER = "unit,indicator,year,value\n";

  @TempDir Path dir;

  @Test
  void reads_the_coinr_idata_with_51_units_groupings_and_names() throws Exception {
    FrameworkFile meta = FrameworkReader.read(TestFiles.coinr(dir, "ASEM_iMeta.csv"));

    PanelFile read = PanelReader.of(meta).read(TestFiles.coinr(dir, "ASEM_iData.csv"));
    Panel p = read.panel();

    assertThat(p.units()).hasSize(51).startsWith("AUT", "BEL");
    assertThat(p.years()).containsExactly(2018);
    assertThat(p.series()).hasSize(4 + 49).startsWith("Area", "Energy", "GDP", "Population", "LPI")
        .endsWith("NEET").doesNotContain("uName", "Time", "GDP_group");
    assertThat(p.groupings().keySet())
        .containsExactlyInAnyOrder("GDP_group", "GDPpc_group", "Pop_group", "EurAsia_group");
    assertThat(p.groupings().get("EurAsia_group").get(p.unitIndex("AUT"))).isEqualTo("Europe");
    assertThat(p.unitName("AUT")).isEqualTo("Austria");
    assertThat(p.value("AUT", "LPI", 2018)).isEqualTo(4.097985);
    assertThat(p.value("BEL", "GDP", 2018)).isEqualTo(467.95526735685604);
    assertThat(read.warnings()).isEmpty();
  }

  @Test
  void reads_the_coinr_panel_with_years_2018_to_2022() throws Exception {
    PanelFile read = PanelReader.plain().read(TestFiles.coinr(dir, "ASEM_iData_p.csv"));
    Panel p = read.panel();

    assertThat(p.years()).containsExactly(2018, 2019, 2020, 2021, 2022);
    assertThat(p.units()).hasSize(51);
    assertThat(p.groupings()).containsKey("EurAsia_group");
    assertThat(p.value("AUT", "LPI", 2018)).isEqualTo(4.097985);
    assertThat(p.presentCount()).isEqualTo(51L * 5 * 53 - 320);
  }

  @Test
  void gives_wide_data_without_time_the_default_year() throws Exception {
    Path file = TestFiles.write(dir, "wide.csv", "uCode,uName,region_group,LPI,Pop\nA,Alpha,N,1.5,NA\nB,Beta,S,,2\n");

    Panel one = PanelReader.plain().read(file).panel();
    Panel later = PanelReader.plain().withDefaultYear(2023).read(file).panel();

    assertThat(one.years()).containsExactly(1);
    assertThat(later.years()).containsExactly(2023);
    assertThat(later.series()).containsExactly("LPI", "Pop");
    assertThat(later.groupings().get("region_group")).containsExactly("N", "S");
    assertThat(later.value("A", "Pop", 2023)).isNaN();
    assertThat(later.flagKind(0, 1, 0)).isEqualTo(FlagKind.MISSING);
    assertThat(later.value("B", "Pop", 2023)).isEqualTo(2.0);
  }

  @Test
  void reads_long_data_in_order_of_appearance_with_years_ascending() throws Exception {
    Path file = TestFiles.write(dir, "data.csv", "unit,indicator,year,value,unit_of_measure,source,note\n"
        + "32,R02,2023,5,%,report,\n"
        + "11,R01,2022,1.25,件,report,\n"
        + "11,R02,2022,NA,,,\n"
        + "32,R01,2022,—,,,\n"
        + "11,R01,2023,-,,,\n"
        + "11,R02,2023, 7.5 ,,,\n");

    Panel p = PanelReader.plain().read(file).panel();

    assertThat(p.units()).containsExactly("32", "11");
    assertThat(p.series()).containsExactly("R02", "R01");
    assertThat(p.years()).containsExactly(2022, 2023);
    assertThat(p.value("11", "R01", 2022)).isEqualTo(1.25);
    assertThat(p.value("11", "R02", 2023)).isEqualTo(7.5);
    assertThat(p.value("32", "R02", 2023)).isEqualTo(5.0);
    assertThat(p.presentCount()).isEqualTo(3);
  }

  @Test
  void ignores_empty_trailing_columns_left_by_a_spreadsheet() throws Exception {
    Path file = TestFiles.write(dir, "excel.csv", "unit,indicator,year,value,,\n11,R01,2022,1,,\n,,,,,\n");

    Panel p = PanelReader.plain().read(file).panel();

    assertThat(p.value("11", "R01", 2022)).isEqualTo(1.0);
  }

  @Test
  void warns_about_series_the_framework_does_not_know() throws Exception {
    Path fw = TestFiles.write(dir, "fw.csv", "code,parent,denominator\nI,,\nR01,I,POP\n");
    Path data = TestFiles.write(dir, "data.csv", HEADER + "11,R01,2022,1\n11,POP,2022,3\n11,R99,2022,2\n");

    PanelFile read = PanelReader.of(FrameworkReader.read(fw)).read(data);

    assertThat(read.panel().series()).containsExactly("R01", "POP", "R99");
    assertThat(read.warnings()).containsExactly("series 'R99' in data.csv is not an indicator, group or "
        + "denominator of framework 'fw'; it is kept but not used");
  }

  @Test
  void names_both_rows_of_a_duplicate_key() throws Exception {
    Path file = TestFiles.write(dir, "dup.csv", HEADER + "11,R01,2022,1\n11,R02,2022,2\n11,R01,2022,1\n");

    assertThat(problems(file)).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.DUPLICATE_KEY);
      assertThat(p.toString()).isEqualTo("dup.csv row 4: unit '11', indicator 'R01', year 2022 is also given "
          + "in row 2; keep one of the two rows");
    });
  }

  @Test
  void names_row_column_and_value_of_text_in_a_number_column() throws Exception {
    Path file = TestFiles.write(dir, "text.csv", HEADER
        + "11,R01,2022,1\n11,R02,2022,12%\n11,R03,twenty,3\n11,R04,2022,n/a\n");

    List<Problem> problems = problems(file);

    assertThat(problems).extracting(Problem::toString).containsExactly(
        "text.csv row 3 column value: '12%' is not a number; write the number without the per cent sign "
            + "(12.5, not 12.5%), or leave the cell empty (or NA) for a missing value",
        "text.csv row 4 column year: 'twenty' is not a whole number; write it like 2023",
        "text.csv row 5 column value: 'n/a' is not a number; write NA for a missing value, or leave the cell "
            + "empty (or NA) for a missing value");
    assertThat(problems).extracting(Problem::code).containsOnly(ProblemCode.BAD_NUMBER);
  }

  @Test
  void reports_missing_and_unknown_columns_together() throws Exception {
    Path file = TestFiles.write(dir, "cols.csv", "unit,indicator,value,comment,notes\n11,R01,1,x,\n");

    List<Problem> problems = problems(file);

    assertThat(problems).extracting(Problem::code)
        .containsExactly(ProblemCode.UNKNOWN_COLUMN, ProblemCode.UNKNOWN_COLUMN, ProblemCode.MISSING_COLUMN);
    assertThat(problems.get(1).toString()).contains("(did you mean 'note'?); rename or delete it");
    assertThat(problems.get(0).toString()).isEqualTo("cols.csv row 1 column comment: column 'comment' is not "
        + "part of the long data layout ([unit, indicator, year, value], optional [unit_of_measure, source, note]); "
        + "rename or delete it. A wide COINr iData file needs a 'uCode' column");
    assertThat(problems.get(2).toString()).isEqualTo("cols.csv row 1: required column 'year' is missing (found "
        + "[unit, indicator, value, comment, notes]); the long data layout is [unit, indicator, year, value], optional "
        + "[unit_of_measure, source, note]");
  }

  @Test
  void reports_an_empty_file_and_a_header_without_rows() throws Exception {
    assertThat(problems(TestFiles.write(dir, "empty.csv", "\n\n"))).singleElement().extracting(Problem::toString)
        .isEqualTo("empty.csv: the file is empty; it needs a header row and at least one data row");
    assertThat(problems(TestFiles.write(dir, "header.csv", HEADER))).singleElement().extracting(Problem::toString)
        .isEqualTo("header.csv: the file has a header but no data rows; add one row per unit, indicator and year");
  }

  @Test
  void reports_every_problem_of_wide_data_in_row_order() throws Exception {
    Path file = TestFiles.write(dir, "iData.csv",
        "uCode,Time,LPI\nAUT,2018,1\nAUT,2018,2\n,2018,3\nBEL,2018,1;5\nBEL,2019,1,7\nBEL,20l9,1\n");

    assertThat(problems(file)).extracting(Problem::toString).containsExactly(
        "iData.csv row 3: unit 'AUT' in year 2018 is also given in row 2; keep one of the two rows",
        "iData.csv row 4 column uCode: the unit code is empty; give the unit's code",
        "iData.csv row 5 column LPI: '1;5' is not a number; write a plain number such as 12.5 or -0.25 with '.' "
            + "as decimal point, or leave the cell empty (or NA) for a missing value",
        "iData.csv row 6: the row has 4 values but the header has 3 columns; remove the extra values or add a "
            + "header for them",
        "iData.csv row 7 column Time: '20l9' is not a whole number; write it like 2023");
  }

  @Test
  void attaches_groupings_and_unit_names() throws Exception {
    Panel panel = PanelReader.plain().read(TestFiles.write(dir, "data.csv",
        HEADER + "11,R01,2022,1\n12,R01,2022,2\n13,R01,2022,3\n")).panel();
    Path groups = TestFiles.write(dir, "provinces.csv", "code,name_zh,area,in_jingjinji\n"
        + "11,北京,east,1\n12,天津,east,1\n65,新疆,west,0\n");

    PanelFile read = PanelReader.readGroupings(panel, groups);

    assertThat(read.panel().unitName("11")).isEqualTo("北京");
    assertThat(read.panel().unitName("13")).isEqualTo("13");
    assertThat(read.panel().groupings().get("area")).containsExactly("east", "east", null);
    assertThat(read.panel().groupings().get("in_jingjinji")).containsExactly("1", "1", null);
    assertThat(read.panel().value("12", "R01", 2022)).isEqualTo(2.0);
    assertThat(read.warnings()).containsExactly(
        "unit '65' in provinces.csv row 4 is not in the data; its groupings are ignored",
        "unit '13' is not in provinces.csv; it has no groupings");
  }

  @Test
  void reports_a_groupings_file_without_unit_column_or_with_a_repeated_unit() throws Exception {
    Panel panel = PanelReader.plain().read(TestFiles.write(dir, "data.csv", HEADER + "11,R01,2022,1\n")).panel();

    DataException noUnit = thrown(() -> PanelReader.readGroupings(panel, TestFiles.write(dir, "g.csv", "id,area\n11,east\n")));
    DataException repeated = thrown(() -> PanelReader.readGroupings(panel,
        TestFiles.write(dir, "g2.csv", "unit,area\n11,east\n11,west\n")));

    assertThat(noUnit.getMessage()).isEqualTo("g.csv row 1: no unit column (one of [unit, code, uCode]) in "
        + "[id, area]; name the column of unit codes 'unit'");
    assertThat(repeated.getMessage())
        .isEqualTo("g2.csv row 3 column unit: unit '11' is also given in row 2; keep one of the two rows");
  }

  private interface Call {
    void run() throws Exception;
  }

  private static DataException thrown(Call call) {
    try {
      call.run();
    } catch (DataException e) {
      return e;
    } catch (Exception e) {
      throw new AssertionError("expected a DataException, got " + e, e);
    }
    throw new AssertionError("expected a DataException");
  }

  private static List<Problem> problems(Path file) {
    return thrown(() -> PanelReader.plain().read(file)).problems();
  }
}
