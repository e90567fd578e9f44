/**
 * Files of robustness analysis: the spec file that says which inputs are uncertain
 * ({@link org.ipindex.io.analysis.AnalysisSpecReader}, with weight sets from CSV by
 * {@link org.ipindex.io.analysis.WeightSetsReader}), and the results of uncertainty analysis,
 * sensitivity analysis and the statistical audit as tables ({@link org.ipindex.io.analysis.AnalysisTables})
 * written as CSV, JSON or XLSX ({@link org.ipindex.io.analysis.AnalysisWriter}).
 */
package org.ipindex.io.analysis;
