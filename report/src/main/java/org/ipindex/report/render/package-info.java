/**
 * The four renderings of a report's document: Word (POI), PDF (openhtmltopdf with the embedded
 * Chinese font), self-contained HTML and Excel (POI). Each renders the same document, so the numbers
 * agree across formats. Start with {@link org.ipindex.report.render.HtmlRenderer}.
 */
package org.ipindex.report.render;
