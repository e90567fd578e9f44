/**
 * Readers and writers for the files users see: framework CSVs ({@link org.ipindex.io.FrameworkReader}),
 * data in long or COINr wide layout ({@link org.ipindex.io.PanelReader}), recipes in YAML or JSON
 * ({@link org.ipindex.io.RecipeReader}, {@link org.ipindex.io.RecipeWriter}) and plan targets with
 * their observed values ({@link org.ipindex.io.TargetsReader}).
 *
 * <p>Every reader collects all problems of a file before it fails with one
 * {@link org.ipindex.core.model.DataException}, each problem naming the file, row, column and value
 * and a fix. Files are written through {@link org.ipindex.io.AtomicFiles}, so a failed write never
 * leaves a half-written file. Result writers live in {@link org.ipindex.io.results},
 * writers of progress tables toward targets in {@link org.ipindex.io.targets}.
 */
package org.ipindex.io;
