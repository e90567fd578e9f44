package org.ipindex.core.impute;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Flag;
import org.ipindex.core.model.ProblemCode;

/** Fills missing values year by year with a statistic of the present values of the same group. */
final class CrossSection {
  private CrossSection() {}

  /**
   * Returns the imputation in which each missing value gets {@code statistic} of the present values of
   * its group in the same year; NaN from the statistic (no present value) leaves the value missing.
   *
   * @param labels one group label per unit, null for a unit in no group (left as it is); a null list
   *     puts every unit in one group
   */
  static Imputation fill(SeriesInput input, List<String> labels, ToDoubleFunction<double[]> statistic,
      String method) {
    Imputation out = Imputation.unchanged(input);
    Flag flag = Flag.imputed(method);
    List<int[]> groups = groups(input.units().size(), labels);
    for (int y = 0; y < input.years().length; y++) {
      double[] row = input.values()[y];
      for (int[] members : groups) {
        double[] present = new double[members.length];
        int n = 0;
        for (int u : members) {
          if (!Double.isNaN(row[u])) {
            present[n++] = row[u];
          }
        }
        if (n == members.length || n == 0) {
          continue;
        }
        double value = statistic.applyAsDouble(java.util.Arrays.copyOf(present, n));
        for (int u : members) {
          out.fill(y, u, value, flag);
        }
      }
    }
    return out;
  }

  /**
   * Returns the labels of the named grouping.
   *
   * @throws DataException with {@link ProblemCode#BAD_PARAMETER} if the panel has no such grouping,
   *     listing the groupings it has
   */
  static List<String> labels(SeriesInput input, String grouping, String method) {
    List<String> labels = input.groupings().get(grouping);
    if (labels == null) {
      String fix = input.groupings().isEmpty()
          ? "the panel has no grouping columns; add one to the units, or impute with mean or median"
          : "available: " + new TreeSet<>(input.groupings().keySet()) + "; set grouping to one of them";
      throw DataException.of(ProblemCode.BAD_PARAMETER, "imputation " + method + ", indicator " + input.seriesCode(),
          "grouping '%s' is not a grouping of the panel; %s".formatted(grouping, fix));
    }
    if (labels.size() != input.units().size()) {
      throw new IllegalStateException("grouping '%s' has %d labels for %d units"
          .formatted(grouping, labels.size(), input.units().size()));
    }
    return labels;
  }

  private static List<int[]> groups(int units, List<String> labels) {
    Map<String, List<Integer>> byLabel = new LinkedHashMap<>();
    for (int u = 0; u < units; u++) {
      String label = labels == null ? "" : labels.get(u);
      if (label != null) {
        byLabel.computeIfAbsent(label, k -> new ArrayList<>()).add(u);
      }
    }
    return byLabel.values().stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toList();
  }
}
