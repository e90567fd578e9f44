package org.ipindex.report.compose;

/**
 * Numbers the tables and figures of one chapter: "表3-2" / "Table 3.2", "图3-1" / "Figure 3.1", with
 * stable ids ({@code T3-2}, {@code F3-1}) for sheet names and links.
 */
final class Captions {
  private final Words w;
  private final String chapter;
  private int tables;
  private int figures;

  Captions(Words w, String chapter) {
    this.w = w;
    this.chapter = chapter;
  }

  /** A caption and its id. */
  record Caption(String id, String text) {}

  Caption table(String titleZh, String titleEn) {
    tables++;
    return new Caption("T" + chapter + "-" + tables,
        w.t("表" + chapter + "-" + tables + " " + titleZh, "Table " + chapter + "." + tables + " " + titleEn));
  }

  Caption figure(String titleZh, String titleEn) {
    figures++;
    return new Caption("F" + chapter + "-" + figures,
        w.t("图" + chapter + "-" + figures + " " + titleZh, "Figure " + chapter + "." + figures + " " + titleEn));
  }
}
