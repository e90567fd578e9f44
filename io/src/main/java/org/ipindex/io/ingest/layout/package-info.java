/**
 * The file layouts ingest reads into {@link org.ipindex.io.ingest.StagedRows}: long CSV
 * ({@link org.ipindex.io.ingest.layout.LongCsvLayout}), wide tables from CSV or XLSX with a
 * {@link org.ipindex.io.ingest.layout.Mapping} ({@link org.ipindex.io.ingest.layout.WideTableLayout}),
 * the CNIPA annual report's statistical tables
 * ({@link org.ipindex.io.ingest.layout.AnnualReportTableLayout}) and COINr's iData
 * ({@link org.ipindex.io.ingest.layout.CoinrIDataLayout}). Each collects every problem of a file.
 */
package org.ipindex.io.ingest.layout;
