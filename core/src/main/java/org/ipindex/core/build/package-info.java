/**
 * Recipes and builds: a {@link org.ipindex.core.build.Recipe} is an ordered list of steps as written;
 * {@link org.ipindex.core.build.Steps} resolves them into typed {@link org.ipindex.core.build.Step}s
 * (denominate, impute, treat, normalise, weight, aggregate); a {@link org.ipindex.core.build.Build}
 * applies them, keeps every dataset and logs every step, so {@code Build.replay} reproduces a result
 * exactly. Start with {@code Build}.
 */
package org.ipindex.core.build;
