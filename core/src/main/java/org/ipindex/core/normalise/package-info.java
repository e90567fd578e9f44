/**
 * Normalisation methods: each turns one indicator's values in one year into scores on a common
 * scale. Start with {@link org.ipindex.core.normalise.Normaliser} and the catalogue
 * {@link org.ipindex.core.normalise.Normalisers}; the build step that applies them is
 * {@link org.ipindex.core.build.Normalise}.
 */
package org.ipindex.core.normalise;
