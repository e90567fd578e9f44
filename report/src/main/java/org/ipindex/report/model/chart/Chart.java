package org.ipindex.report.model.chart;

/** What a figure draws; the chart package of the report turns it into vector SVG. */
public sealed interface Chart permits BarChart, LineChart, MapChart {}
