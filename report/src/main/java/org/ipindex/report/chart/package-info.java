/**
 * The report's charts (bars, lines with a target, the province map with the South China Sea inset),
 * drawn by our own small code on a canvas: vector SVG for the web page, Java2D for the PDF (vector)
 * and for Word's pictures (PNG). Start with {@link org.ipindex.report.chart.Charts}.
 */
package org.ipindex.report.chart;
