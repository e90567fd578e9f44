package org.ipindex.io.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;
import org.ipindex.io.ingest.Fixtures;
import org.ipindex.io.ingest.Issue;
import org.ipindex.io.ingest.Parsed;
import org.ipindex.io.ingest.StagedRow;
import org.junit.jupiter.api.Test;

class LongCsvLayoutTest {
  private static List<String> issues(String text) {
    return Fixtures.longCsv("d.csv", text).issues().stream().map(Issue::toString).toList();
  }

  @Test
  void reads_values_with_their_notation_unit_and_location() {
    Parsed p = Fixtures.longCsv("d.csv", """
        Region,Measure,Year,Value,Unit,Source
        广东,valid_patents[invention],2024,"663,490",件,CNIPA
        广东,gdp,２０２４年,14.16万,亿元,NBS

        广东,patent_e_filing_rate,2024,99.8%,,
        广东,valid_patents[design],2024,—,,
        """);
    assertThat(p.issues()).isEmpty();
    assertThat(p.missing()).isEqualTo(1);
    assertThat(p.rows().asList()).extracting(StagedRow::measure, StagedRow::year, StagedRow::value, StagedRow::unit)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("valid_patents[invention]", 2024, 663490.0, "件"),
            org.assertj.core.groups.Tuple.tuple("gdp", 2024, 141600.0, "亿元"),
            org.assertj.core.groups.Tuple.tuple("patent_e_filing_rate", 2024, 99.8, "%"));
    assertThat(p.rows().get(2).where().describe()).isEqualTo("d.csv, row 5, column Value");
    assertThat(p.rows().regionLocation(2).describe()).isEqualTo("d.csv, row 5, column Region");
  }

  @Test
  void reads_the_data_layout_of_evaluate_too() {
    Parsed p = Fixtures.longCsv("r.csv", """
        unit,indicator,year,value,unit_of_measure,source,note
        11,R18,2023,574323,件,"CNIPA 2024 annual report, appendix 1 table 5",domestic valid invention patents
        """);
    assertThat(p.issues()).isEmpty();
    assertThat(p.rows().get(0)).isEqualTo(new StagedRow("R18", "11", 2023, 574323, 0, "件",
        new org.ipindex.io.ingest.Location("r.csv", "", 2, "value")));
  }

  @Test
  void names_missing_and_unknown_columns() {
    assertThat(issues("region,measure,yaer,value,colour\n44,gdp,2024,1,red\n")).containsExactly(
        "d.csv, row 1, column yaer: column 'yaer' is not part of the long layout (did you mean 'year'?); rename or delete it; "
            + "the long layout is region, measure, year, value with optional unit, source, note",
        "d.csv, row 1, column colour: column 'colour' is not part of the long layout; rename or delete it; "
            + "the long layout is region, measure, year, value with optional unit, source, note",
        "d.csv, row 1: required column 'year' is missing (found region, measure, yaer, value, colour); "
            + "the long layout is region, measure, year, value with optional unit, source, note");
  }

  @Test
  void names_bad_years_empty_keys_and_extra_values() {
    assertThat(issues("region,measure,year,value\n44,gdp,20x4,1\n,gdp,2024,1\n44,,2024,1\n44,gdp,2024,1,extra\n"))
        .containsExactly(
            "d.csv, row 2, column year: '20x4' is not a year; write the year as four digits, e.g. 2024",
            "d.csv, row 3, column region: the region is empty; write the region's name or code, e.g. 广东 or 44",
            "d.csv, row 4, column measure: the measure is empty; write the measure's code, e.g. valid_patents[invention]",
            "d.csv, row 5: the row has 5 values but the header has 4 columns; remove the extra values or add a header for them");
  }

  @Test
  void names_files_that_cannot_be_read() throws IOException {
    assertThat(issues("")).containsExactly(
        "d.csv: the file is empty; it needs a header row (region, measure, year, value) and one row per value");
    assertThat(issues("region,measure,year,value\n\n")).containsExactly(
        "d.csv: the file has a header but no data rows; add one row per value: region, measure, year, value");
    assertThat(issues("region,measure,year,value\n44,gdp,2024,\"1\n")).containsExactly(
        "d.csv, row 2: a quoted field that starts here is never closed; check for a quote (\") that is opened but never closed");
    byte[] gbk = "region,measure,year,value\n广东,gdp,2024,1\n".getBytes(Charset.forName("GBK"));
    assertThat(LongCsvLayout.read("g.csv", new ByteArrayInputStream(gbk)).issues()).extracting(Issue::toString).containsExactly(
        "g.csv: the file is not UTF-8 text (GBK or another encoding?); save it as \"CSV UTF-8\" and read it again");
  }
}
