/**
 * Derived indicators: a small formula language over measures ({@link org.ipindex.core.formula.Formula},
 * e.g. {@code valid_patents[invention] / population_year_end}), its evaluation over a panel of measures
 * with the provenance of every value ({@link org.ipindex.core.formula.Derivation}), and the coverage of
 * a framework by data and formulas ({@link org.ipindex.core.formula.Coverage}). Pure: no I/O.
 * Start with {@code Formula.parse} and {@code Derivation.derive}.
 */
package org.ipindex.core.formula;
