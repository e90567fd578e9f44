package org.ipindex.core.impute;

import java.util.Objects;
import org.ipindex.core.stat.Stats;

/**
 * Fills each missing value with the median of the present values of the units in the same group, in
 * the same year (catalogue name {@code group_median}, parameter {@code grouping}).
 *
 * <pre>  x[u, t] = median{ x[v, t] : group(v) = group(u), x[v, t] present }</pre>
 *
 * Groups are the labels of one of the panel's groupings ({@link SeriesInput#groupings()}). A unit
 * with no label keeps its missing values, and so does every unit of a group with no present value in
 * that year. Years are imputed independently. Each filled value is flagged
 * {@code Flag.imputed("group_median")}.
 *
 * <p>This is COINr's {@code i_median_grp(x, f)} (with its default {@code skip_f_na = TRUE}) applied to
 * each indicator of each year; the median of an even number of values is the mean of the middle two,
 * as in R. See {@link GroupMean} for the mean, which COINr's standard pipeline uses.
 *
 * @param grouping the name of the grouping, e.g. {@code "area"}
 */
public record GroupMedian(String grouping) implements Imputer {
  public GroupMedian {
    Objects.requireNonNull(grouping, "grouping");
    if (grouping.isBlank()) {
      throw new IllegalArgumentException("group_median needs the name of a grouping, got a blank one");
    }
  }

  @Override
  public String name() {
    return "group_median";
  }

  /**
   * {@inheritDoc}
   *
   * @throws org.ipindex.core.model.DataException if the panel has no grouping of that name
   */
  @Override
  public Imputation apply(SeriesInput input) {
    return CrossSection.fill(input, CrossSection.labels(input, grouping, name()), Stats::median, name());
  }
}
