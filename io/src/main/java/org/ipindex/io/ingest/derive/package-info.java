/**
 * From stored measures to framework indicators: {@link org.ipindex.io.ingest.derive.DefinitionsReader}
 * reads {@code frameworks/*.derived.csv} into {@link org.ipindex.core.formula.Definition}s,
 * {@link org.ipindex.io.ingest.derive.MeasurePanels} turns validated rows into the measure
 * {@link org.ipindex.core.model.Panel} that {@link org.ipindex.core.formula.Derivation} evaluates.
 */
package org.ipindex.io.ingest.derive;
