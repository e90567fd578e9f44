/**
 * The robustness use case: uncertainty analysis, sensitivity analysis and the statistical audit of
 * an evaluation, run on all cores with progress and clean cancellation. Start with
 * {@link org.ipindex.app.analysis.Analyser}; runs are spread over threads by
 * {@link org.ipindex.app.analysis.ParallelRuns}, with results identical to a sequential run.
 */
package org.ipindex.app.analysis;
