package org.ipindex.report.render;

/** The report's styles: common ones, the web page's, and the printed page's (A4, page numbers, footnotes). */
final class Css {
  private Css() {}

  static String common() {
    return """
        body { font-family: "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif;
               font-size: 10.5pt; line-height: 1.65; color: #222; }
        h1.title { font-size: 22pt; text-align: center; margin: 40pt 0 8pt 0; color: #1f3f6e; }
        p.subtitle { text-align: center; color: #555; margin-bottom: 24pt; }
        h2 { font-size: 16pt; color: #1f3f6e; margin: 18pt 0 8pt 0; }
        h3 { font-size: 12.5pt; color: #1f3f6e; margin: 14pt 0 6pt 0; }
        h4 { font-size: 11pt; margin: 10pt 0 4pt 0; }
        p { margin: 4pt 0 6pt 0; text-align: justify; }
        table.table { border-collapse: collapse; width: 100%; font-size: 8.5pt; line-height: 1.35; margin: 4pt 0 2pt 0; }
        table.wide { font-size: 7.5pt; }
        table.table caption { font-weight: bold; padding: 4pt 0; text-align: center; }
        table.table th { background: #e9eff7; border: 0.5pt solid #8a9bb3; padding: 2pt 3pt; font-weight: bold;
                         vertical-align: bottom; }
        table.table th.nw { white-space: nowrap; }
        table.table th span.en { font-weight: normal; color: #555; font-size: 90%; }
        table.table td { border: 0.5pt solid #b9c3d0; padding: 1.5pt 3pt; vertical-align: top; }
        table.table td.num { text-align: right; white-space: nowrap; }
        table.table td.nw { white-space: nowrap; }
        sup.mark { color: #b03a2e; font-size: 70%; }
        div.table-notes { font-size: 8pt; color: #444; margin: 2pt 0 10pt 0; }
        div.table-notes p { margin: 0; }
        div.figure { margin: 10pt 0; text-align: center; }
        p.figcaption { text-align: center; font-weight: bold; margin-top: 2pt; }
        pre.verbatim { font-family: "WenQuanYi Micro Hei Mono", monospace; font-size: 8pt; background: #f6f6f6;
                       border: 0.5pt solid #ccc; padding: 4pt; white-space: pre-wrap; line-height: 1.3; }
        p.verbatim-caption { font-weight: bold; margin-bottom: 0; }
        div.toc ul { list-style: none; padding-left: 0; }
        div.toc li.toc2 { padding-left: 2em; }
        """;
  }

  static String screen() {
    return """
        body { max-width: 900px; margin: 0 auto; padding: 12px 20px; }
        div.chart svg { max-width: 100%; height: auto; }
        div.toc { border: 1px solid #d6dde8; background: #f7f9fc; padding: 6px 16px; margin: 12px 0 24px 0; }
        div.toc a { text-decoration: none; color: #1f3f6e; }
        div.level2 { border-top: 2px solid #1f3f6e; margin-top: 28px; }
        details { text-align: left; margin: 4px 0; }
        details summary { cursor: pointer; color: #1f5fa8; font-size: 9pt; }
        sup.fnref a { text-decoration: none; }
        div.footnotes { font-size: 9pt; color: #444; border-top: 1px solid #ccc; margin-top: 12px; }
        p.fn-title { font-weight: bold; }
        div.section { overflow-x: auto; }
        """;
  }

  static String print() {
    return """
        @page { size: A4; margin: 20mm 17mm 18mm 17mm;
                @bottom-center { content: counter(page); font-family: "WenQuanYi Micro Hei"; font-size: 9pt; color: #555; } }
        @page :first { @bottom-center { content: none; } }
        div.cover { page-break-after: always; }
        div.toc { page-break-after: always; }
        div.toc li a::after { content: leader('.') target-counter(attr(href), page); }
        div.toc li a { color: #222; text-decoration: none; }
        div.level2 { page-break-before: always; }
        table.table { -fs-table-paginate: paginate; }
        table.table tr { page-break-inside: avoid; }
        div.figure { page-break-inside: avoid; }
        table.short { page-break-inside: avoid; }
        pre.verbatim { font-family: "WenQuanYi Micro Hei"; }
        h3, h4 { page-break-after: avoid; }
        span.fn { float: footnote; counter-increment: footnote; font-size: 8pt; line-height: 1.4; text-align: left; }
        span.fn::footnote-call { content: counter(footnote); vertical-align: super; font-size: 7pt; }
        span.fn::footnote-marker { content: counter(footnote) ". "; }
        """;
  }
}
