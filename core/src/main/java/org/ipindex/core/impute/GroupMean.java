package org.ipindex.core.impute;

import java.util.Objects;
import org.ipindex.core.stat.Stats;

/**
 * Fills each missing value with the mean of the present values of the units in the same group, in
 * the same year (catalogue name {@code group_mean}, parameter {@code grouping}).
 *
 * <pre>  x[u, t] = mean{ x[v, t] : group(v) = group(u), x[v, t] present }</pre>
 *
 * Groups are the labels of one of the panel's groupings ({@link SeriesInput#groupings()}). A unit
 * with no label keeps its missing values, and so does every unit of a group with no present value in
 * that year. Years are imputed independently. Each filled value is flagged
 * {@code Flag.imputed("group_mean")}.
 *
 * <p>This is COINr's {@code i_mean_grp(x, f)} (with its default {@code skip_f_na = TRUE}) applied to
 * each indicator of each year, as in COINr's standard pipeline {@code Impute(f_i = "i_mean_grp",
 * use_group = "EurAsia_group")}.
 *
 * @param grouping the name of the grouping, e.g. {@code "area"}
 */
public record GroupMean(String grouping) implements Imputer {
  public GroupMean {
    Objects.requireNonNull(grouping, "grouping");
    if (grouping.isBlank()) {
      throw new IllegalArgumentException("group_mean needs the name of a grouping, got a blank one");
    }
  }

  @Override
  public String name() {
    return "group_mean";
  }

  /**
   * {@inheritDoc}
   *
   * @throws org.ipindex.core.model.DataException if the panel has no grouping of that name
   */
  @Override
  public Imputation apply(SeriesInput input) {
    return CrossSection.fill(input, CrossSection.labels(input, grouping, name()), Stats::mean, name());
  }
}
