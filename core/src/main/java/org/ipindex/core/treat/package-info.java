/**
 * Outlier treatment of one indicator at a time: {@link org.ipindex.core.treat.Winsorise} (COINr's
 * default two-stage treatment), and the transforms {@link org.ipindex.core.treat.LogTransform} and
 * {@link org.ipindex.core.treat.BoxCox}. Start at {@link org.ipindex.core.treat.Treater}; methods
 * are found by name in {@link org.ipindex.core.treat.Treaters}.
 */
package org.ipindex.core.treat;
