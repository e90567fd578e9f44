package org.ipindex.report.render;

import org.ipindex.report.model.Lang;

/** The fixed words of every rendering (contents, notes, data), in the report's language. */
final class Headings {
  private Headings() {}

  static String contents(Lang lang) {
    return lang.pick("目录", "Contents");
  }

  static String notes(Lang lang) {
    return lang.pick("注：", "Notes: ");
  }

  static String footnotes(Lang lang) {
    return lang.pick("注释", "Notes");
  }

  static String data(Lang lang) {
    return lang.pick("图表数据", "Data of the chart");
  }
}
