package org.ipindex.report;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.ProblemCode;

/**
 * The forms a report is written in: Word for the drafting office, PDF for publication, HTML for the web,
 * Excel for the analysts.
 */
public enum ReportFormat {
  DOCX("docx"),
  PDF("pdf"),
  HTML("html"),
  XLSX("xlsx");

  private final String extension;

  ReportFormat(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }

  /**
   * Returns the formats of a comma-separated list ({@code docx,pdf}; case and spaces ignored).
   *
   * @throws DataException naming the unknown format and the formats there are
   */
  public static Set<ReportFormat> parse(String list) {
    Set<ReportFormat> out = EnumSet.noneOf(ReportFormat.class);
    for (String part : list.split(",")) {
      String p = part.trim().toLowerCase(Locale.ROOT);
      if (p.isEmpty()) {
        continue;
      }
      ReportFormat f = Arrays.stream(values()).filter(v -> v.extension.equals(p)).findFirst()
          .orElseThrow(() -> DataException.of(ProblemCode.BAD_PARAMETER, "--format " + list,
              "unknown format '%s'; use one or more of docx, pdf, html, xlsx, comma-separated".formatted(part.trim())));
      out.add(f);
    }
    if (out.isEmpty()) {
      throw DataException.of(ProblemCode.BAD_PARAMETER, "--format " + list, "no format given; use docx, pdf, html, xlsx");
    }
    return out;
  }
}
