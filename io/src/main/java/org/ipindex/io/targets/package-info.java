/**
 * Writers for progress tables of plan targets ({@link org.ipindex.core.target.ProgressTable}): CSV,
 * JSON and XLSX, with the same columns ({@link org.ipindex.io.targets.TargetColumns}). The reader of
 * target and observed-value files is {@link org.ipindex.io.TargetsReader}.
 */
package org.ipindex.io.targets;
