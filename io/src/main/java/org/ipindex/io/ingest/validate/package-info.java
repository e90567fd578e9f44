/**
 * The checks a statistics file passes before anything of it is stored, as one pure function:
 * {@link org.ipindex.io.ingest.validate.Validation#check} takes the staged rows, a catalogue view and
 * the stored values and returns an {@link org.ipindex.io.ingest.validate.Outcome} with every error
 * and warning and the rows ready to store (new, changed, unchanged).
 * {@link org.ipindex.io.ingest.validate.DryRun} prints it.
 */
package org.ipindex.io.ingest.validate;
