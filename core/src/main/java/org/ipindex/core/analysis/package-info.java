/**
 * Robustness of a ranking: uncertainty analysis (Monte Carlo or Sobol-sequence runs of recipe
 * variants, with rank intervals), variance-based sensitivity analysis (Saltelli design, Sobol
 * indices with bootstrap intervals) and the statistical audit (indicator statistics, correlations,
 * Cronbach's alpha, principal components, leave-one-indicator-out). Pure: no I/O, no clock, and
 * randomness only from seeds passed in.
 *
 * <p>Start with {@link org.ipindex.core.analysis.Experiment} (a recipe, its uncertain inputs and
 * what a run evaluates), then {@link org.ipindex.core.analysis.UncertaintyAnalysis},
 * {@link org.ipindex.core.analysis.SensitivityAnalysis} and {@link org.ipindex.core.analysis.Audit}.
 * Each analysis is a fixed number of independent, deterministic runs ({@link
 * org.ipindex.core.analysis.Runs}), so a caller may run them on many threads and get the same result.
 */
package org.ipindex.core.analysis;
