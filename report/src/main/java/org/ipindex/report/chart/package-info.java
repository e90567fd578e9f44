/**
 * Charts as vector SVG drawn by our own small code (bars, lines with a target, the province map with
 * the South China Sea inset), and their PNG rendering for Word. Start with
 * {@link org.ipindex.report.chart.ChartSvg#render}.
 */
package org.ipindex.report.chart;
