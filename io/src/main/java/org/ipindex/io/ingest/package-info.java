/**
 * Reading statistics files into staged rows, ready to be validated and stored: the
 * {@link org.ipindex.io.ingest.Ingest} façade, the number {@link org.ipindex.io.ingest.Notation}
 * (1,234 · １２３ · 1.2万 · — ) and {@link org.ipindex.io.ingest.Units} (件/万件, 元/万元/亿元, %),
 * {@link org.ipindex.io.ingest.StagedRows} with the {@link org.ipindex.io.ingest.Location} of every
 * value, and the {@link org.ipindex.io.ingest.Issue}s found. Layouts live in {@code layout}, the
 * catalogue of measures and regions in {@code catalogue}, the checks in {@code validate}. Start with
 * {@code Ingest}.
 */
package org.ipindex.io.ingest;
