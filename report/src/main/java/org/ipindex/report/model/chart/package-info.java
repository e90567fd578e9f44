/** The charts a report draws, as data: bars, lines with a target, a province map. */
package org.ipindex.report.model.chart;
