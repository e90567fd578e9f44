package org.ipindex.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ipindex.core.model.DataException;
import org.ipindex.report.model.Lang;
import org.junit.jupiter.api.Test;

class ReportFormatTest {
  @Test
  void reads_a_comma_separated_list_in_any_case_and_keeps_one_order() {
    assertThat(ReportFormat.parse(" PDF, docx ,pdf")).containsExactly(ReportFormat.DOCX, ReportFormat.PDF);
  }

  @Test
  void rejects_an_unknown_format_naming_it_and_the_formats_there_are() {
    assertThatThrownBy(() -> ReportFormat.parse("pdf,odt")).isInstanceOf(DataException.class)
        .hasMessageContaining("unknown format 'odt'; use one or more of docx, pdf, html, xlsx");
    assertThatThrownBy(() -> ReportFormat.parse(",")).isInstanceOf(DataException.class).hasMessageContaining("no format");
  }

  @Test
  void reads_the_languages() {
    assertThat(Lang.of("ZH")).isEqualTo(Lang.ZH);
    assertThatThrownBy(() -> Lang.of("fr")).hasMessage("unknown language 'fr'; use one of [zh, en]");
  }
}
