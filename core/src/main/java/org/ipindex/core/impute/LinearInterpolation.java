package org.ipindex.core.impute;

import org.ipindex.core.model.Flag;

/**
 * Fills a gap in a unit's series by linear interpolation between the present values on either side,
 * in calendar years (catalogue name {@code linear}, parameter {@code extrapolate}).
 *
 * <pre>  x[u, t] = x[u, a] + (x[u, b] − x[u, a]) · (t − a) / (b − a)</pre>
 *
 * where a is the latest year before t and b the earliest year after t with a present value. Years
 * are those of {@link SeriesInput#years()}, so uneven spacing is respected. Before the first and after
 * the last present value nothing is filled, unless {@code extrapolate} is true: then the nearest
 * present value is used (constant extrapolation). A unit with no present value stays missing. Each
 * filled value is flagged {@code Flag.imputed("linear")}.
 *
 * <p>With {@code extrapolate = true} this is COINr's {@code impute_panel(imp_type = "linear")}, i.e.
 * R's {@code approx(rule = 2)} per unit.
 *
 * @param extrapolate whether to fill before the first and after the last present value
 */
public record LinearInterpolation(boolean extrapolate) implements Imputer {
  private static final Flag FLAG = Flag.imputed("linear");

  @Override
  public String name() {
    return "linear";
  }

  @Override
  public Imputation apply(SeriesInput input) {
    Imputation out = Imputation.unchanged(input);
    int[] years = input.years();
    double[][] x = input.values();
    for (int u = 0; u < input.units().size(); u++) {
      int before = -1;
      for (int y = 0; y < years.length; y++) {
        if (Double.isNaN(x[y][u])) {
          continue;
        }
        if (before < 0) {
          if (extrapolate) {
            for (int t = 0; t < y; t++) {
              out.fill(t, u, x[y][u], FLAG);
            }
          }
        } else {
          double slope = (x[y][u] - x[before][u]) / (years[y] - years[before]);
          for (int t = before + 1; t < y; t++) {
            out.fill(t, u, x[before][u] + slope * (years[t] - years[before]), FLAG);
          }
        }
        before = y;
      }
      if (extrapolate && before >= 0) {
        for (int t = before + 1; t < years.length; t++) {
          out.fill(t, u, x[before][u], FLAG);
        }
      }
    }
    return out;
  }
}
