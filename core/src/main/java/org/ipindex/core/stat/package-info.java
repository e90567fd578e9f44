/**
 * Small statistics over arrays where NaN means missing: {@link org.ipindex.core.stat.Stats}
 * (mean, sample sd, R type-7 quantiles) and {@link org.ipindex.core.stat.Ranks} (competition ranking).
 */
package org.ipindex.core.stat;
