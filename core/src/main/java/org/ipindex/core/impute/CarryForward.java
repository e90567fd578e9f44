package org.ipindex.core.impute;

import org.ipindex.core.model.Flag;

/**
 * Fills a missing value with the unit's latest earlier observed value, if that value is recent enough
 * (catalogue name {@code carry_forward}, parameter {@code max_years}).
 *
 * <pre>  x[u, t] = x[u, s]   where s = max{ s' &lt; t : x[u, s'] present }  and  t − s ≤ maxYears</pre>
 *
 * Age is counted in calendar years ({@link SeriesInput#years()}), not in positions of the panel:
 * with years 2019, 2021 and {@code maxYears = 1}, a gap in 2021 is not filled from 2019. Only values
 * present in the input are carried, never values filled by this method, so a value is never older than
 * {@code maxYears}. A missing value with no earlier present value (e.g. in the first year) stays
 * missing. Each filled value is flagged {@link Flag#carriedFrom(int)} with the year it came from.
 *
 * <p>This is the rule of the regional index: "indicators whose current-year data are unavailable use
 * the previous year's data" ({@link #DEFAULT_MAX_YEARS} = 1). COINr's {@code impute_panel} with
 * {@code imp_type = "latest"} does the same, with {@code max_time} counted in time points instead.
 *
 * @param maxYears how many calendar years back a value may come from; 0 means no limit
 */
public record CarryForward(int maxYears) implements Imputer {
  /** The default limit: last year's value only. */
  public static final int DEFAULT_MAX_YEARS = 1;

  public CarryForward {
    if (maxYears < 0) {
      throw new IllegalArgumentException(
          "carry_forward needs max_years >= 0 (0 = no limit), got " + maxYears);
    }
  }

  @Override
  public String name() {
    return "carry_forward";
  }

  @Override
  public Imputation apply(SeriesInput input) {
    Imputation out = Imputation.unchanged(input);
    int[] years = input.years();
    double[][] x = input.values();
    Flag[] fromYear = new Flag[years.length]; // flags are immutable: one per source year
    for (int u = 0; u < input.units().size(); u++) {
      int source = -1;
      for (int y = 0; y < years.length; y++) {
        if (!Double.isNaN(x[y][u])) {
          source = y;
        } else if (source >= 0 && (maxYears == 0 || years[y] - years[source] <= maxYears)) {
          if (fromYear[source] == null) {
            fromYear[source] = Flag.carriedFrom(years[source]);
          }
          out.fill(y, u, x[source][u], fromYear[source]);
        }
      }
    }
    return out;
  }
}
