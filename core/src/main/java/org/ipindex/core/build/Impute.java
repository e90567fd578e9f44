package org.ipindex.core.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ipindex.core.impute.Imputation;
import org.ipindex.core.impute.Imputer;
import org.ipindex.core.impute.SeriesInput;
import org.ipindex.core.model.Flag;
import org.ipindex.core.model.FlagKind;
import org.ipindex.core.model.Node;
import org.ipindex.core.model.Panel;

/**
 * Fills in missing indicator values with an {@link Imputer}, one indicator at a time over all years;
 * every filled value is flagged (carried forward from year Y, or imputed by method M).
 */
public record Impute(Imputer imputer) implements Step {
  @Override
  public String verb() {
    return "impute";
  }

  @Override
  public String output() {
    return "imputed";
  }

  @Override
  public StepSpec spec() {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("method", imputer.name());
    m.putAll(Describe.params(imputer));
    return new StepSpec(verb(), new Params("", m));
  }

  @Override
  public Outcome run(Build build) {
    Panel in = build.current();
    Panel.Builder out = in.toBuilder();
    int units = in.unitCount();
    int[] years = in.years();
    int[] counts = new int[FlagKind.values().length]; // filled values by flag kind
    for (Node n : build.framework().indicators()) {
      int s = in.seriesIndex(n.code());
      if (s < 0) {
        continue;
      }
      double[][] values = new double[years.length][];
      for (int y = 0; y < years.length; y++) {
        values[y] = in.vector(s, y);
      }
      Imputation result = imputer.apply(new SeriesInput(n.code(), years, values, in.units(), in.groupings()));
      for (int y = 0; y < years.length; y++) {
        for (int u = 0; u < units; u++) {
          Flag f = result.flags()[y][u];
          if (f != null && Double.isNaN(in.value(u, s, y)) && !Double.isNaN(result.values()[y][u])) {
            out.set(u, s, y, result.values()[y][u], f);
            counts[f.kind().ordinal()]++;
          }
        }
      }
    }
    List<String> filled = new ArrayList<>();
    for (FlagKind kind : FlagKind.values()) {
      if (counts[kind.ordinal()] > 0) {
        filled.add(counts[kind.ordinal()] + " values " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' '));
      }
    }
    String note = filled.isEmpty() ? "no values filled in" : String.join(", ", filled) + " by " + imputer.name();
    return Outcome.dataset(out.build(), List.of(note));
  }
}
