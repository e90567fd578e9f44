/** ipindex report: the development report: Word, PDF, HTML and Excel. */
package org.ipindex.report;
