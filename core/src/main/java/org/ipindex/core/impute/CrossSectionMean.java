package org.ipindex.core.impute;

import org.ipindex.core.stat.Stats;

/**
 * Fills each missing value with the mean of the present values of all units in the same year
 * (catalogue name {@code mean}).
 *
 * <pre>  x[u, t] = mean{ x[v, t] : x[v, t] present }</pre>
 *
 * Years are imputed independently. A year with no present value stays missing. Each filled value is
 * flagged {@code Flag.imputed("mean")}. Reference: COINr {@code i_mean}, applied per indicator
 * (and per year for panel data); OECD/JRC Handbook on Constructing Composite Indicators (2008), §1.3.
 */
public record CrossSectionMean() implements Imputer {
  @Override
  public String name() {
    return "mean";
  }

  @Override
  public Imputation apply(SeriesInput input) {
    return CrossSection.fill(input, null, Stats::mean, name());
  }
}
