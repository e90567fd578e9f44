/**
 * Imputation: methods that fill in missing values of one indicator over all units and years, each a
 * small record of its parameters ({@link org.ipindex.core.impute.CarryForward},
 * {@link org.ipindex.core.impute.GroupMean}…). Start with {@link org.ipindex.core.impute.Imputer} and
 * the catalogue {@link org.ipindex.core.impute.Imputers}; the build step that applies them is
 * {@link org.ipindex.core.build.Impute}.
 */
package org.ipindex.core.impute;
