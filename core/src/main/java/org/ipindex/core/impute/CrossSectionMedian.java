package org.ipindex.core.impute;

import org.ipindex.core.stat.Stats;

/**
 * Fills each missing value with the median of the present values of all units in the same year
 * (catalogue name {@code median}).
 *
 * <pre>  x[u, t] = median{ x[v, t] : x[v, t] present }</pre>
 *
 * Years are imputed independently. A year with no present value stays missing. Each filled value is
 * flagged {@code Flag.imputed("median")}. Reference: COINr {@code i_median}, applied per indicator
 * (and per year for panel data); OECD/JRC Handbook on Constructing Composite Indicators (2008), §1.3.
 */
public record CrossSectionMedian() implements Imputer {
  @Override
  public String name() {
    return "median";
  }

  @Override
  public Imputation apply(SeriesInput input) {
    return CrossSection.fill(input, null, Stats::median, name());
  }
}
