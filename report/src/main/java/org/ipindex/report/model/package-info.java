/**
 * The report as one document model, built once and rendered to every format: sections with
 * paragraphs (footnotes where they stand), tables whose cells keep the exact numbers, and figures
 * that carry the table of what they draw. Start with {@link org.ipindex.report.model.Document}.
 */
package org.ipindex.report.model;
