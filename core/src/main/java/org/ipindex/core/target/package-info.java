/**
 * Progress toward plan targets: a {@link org.ipindex.core.target.Target} (indicator, direction,
 * baseline, target, source), the method {@link org.ipindex.core.target.Progress} (compound growth
 * actual vs required, the Eurostat method as implemented by Statistics Canada for Open SDG) and its
 * {@link org.ipindex.core.target.ProgressResult}, and the sentences a report prints for each result
 * ({@link org.ipindex.core.target.ProgressSentences}). Start with
 * {@link org.ipindex.core.target.ProgressTable#assess}. Pure: observed values come in as arguments.
 */
package org.ipindex.core.target;
