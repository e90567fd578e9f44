package org.ipindex.io.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsTableTest {
  @Test
  void aligns_chinese_names_by_display_width() {
    String table = ResultsTable.render(TinyResults.results(), 2023, List.of("IDX", "P"));

    assertThat(table).isEqualTo("""
        unit  name   IDX        P
                     综合指数   知识产权保护
        ----  -----  ---------  ------------
        11    北京   72.25 (1)      0.30 (3)
        12    天津   60.50 (2)     51.00 (1)
        -X    @evil  55.00 (3)     39.00 (2)
        """);
  }

  @Test
  void sorts_by_the_first_column_and_puts_missing_scores_last() {
    String table = ResultsTable.render(TinyResults.results(), 2022, List.of("I2"), 1);

    assertThat(table.lines().skip(3).toList()).containsExactly(
        "11    北京   100.0 (1)",
        "12    天津     0.0 (2)",
        "-X    @evil         NA");
  }

  @Test
  void counts_wide_characters_as_two_columns() {
    assertThat(DisplayWidth.of("北京")).isEqualTo(4);
    assertThat(DisplayWidth.of("Beijing")).isEqualTo(7);
    assertThat(DisplayWidth.of("（PCT）")).isEqualTo(7);
    assertThat(DisplayWidth.of("e\u0301")).isEqualTo(1);
  }

  @Test
  void rejects_an_unknown_year_or_node() {
    assertThatThrownBy(() -> ResultsTable.render(TinyResults.results(), 2019, List.of("IDX")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("year 2019 is not in the results (years: [2022, 2023])");
    assertThatThrownBy(() -> ResultsTable.render(TinyResults.results(), 2023, List.of("Z")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("no node 'Z' in framework tiny");
  }
}
