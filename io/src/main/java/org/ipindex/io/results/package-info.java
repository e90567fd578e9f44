/**
 * Writers for {@link org.ipindex.core.result.Results}: the long CSV table
 * ({@link org.ipindex.io.results.ResultsCsvWriter}, start here), JSON
 * ({@link org.ipindex.io.results.ResultsJsonWriter}), an Excel workbook
 * ({@link org.ipindex.io.results.ResultsXlsxWriter}) and an aligned table for terminals
 * ({@link org.ipindex.io.results.ResultsTable}). Files are written atomically through
 * {@link org.ipindex.io.AtomicFiles}; numbers never depend on the default locale.
 */
package org.ipindex.io.results;
