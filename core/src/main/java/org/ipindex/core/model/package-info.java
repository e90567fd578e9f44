/**
 * The model: a {@link org.ipindex.core.model.Framework} (tree of index, groups and indicators), a
 * {@link org.ipindex.core.model.Panel} (units × series × years, each value with a
 * {@link org.ipindex.core.model.Flag}), and the {@link org.ipindex.core.model.DataException} that
 * carries every {@link org.ipindex.core.model.Problem} found in input. Start with {@code Framework}.
 */
package org.ipindex.core.model;
