package org.ipindex.core.impute;

import java.util.List;
import org.ipindex.core.build.Catalogue;
import org.ipindex.core.build.Params;

/**
 * The catalogue of imputation methods by stable name: {@code none}, {@code carry_forward}
 * ({@code max_years}), {@code linear} ({@code extrapolate}), {@code mean}, {@code median},
 * {@code group_mean} and {@code group_median} ({@code grouping}).
 */
public final class Imputers {
  private static final Catalogue<Imputer> CATALOGUE = new Catalogue<Imputer>("imputation")
      .register("none", p -> none(p, new NoImputation()))
      .register("carry_forward", p -> {
        p.allowOnly(List.of("max_years"));
        return new CarryForward(p.integer("max_years", CarryForward.DEFAULT_MAX_YEARS));
      })
      .register("linear", p -> {
        p.allowOnly(List.of("extrapolate"));
        return new LinearInterpolation(p.bool("extrapolate", false));
      })
      .register("mean", p -> none(p, new CrossSectionMean()))
      .register("median", p -> none(p, new CrossSectionMedian()))
      .register("group_mean", p -> {
        p.allowOnly(List.of("grouping"));
        return new GroupMean(p.requireString("grouping"));
      })
      .register("group_median", p -> {
        p.allowOnly(List.of("grouping"));
        return new GroupMedian(p.requireString("grouping"));
      });

  private Imputers() {}

  private static Imputer none(Params p, Imputer imputer) {
    p.allowOnly(List.of());
    return imputer;
  }

  public static List<String> names() {
    return CATALOGUE.names();
  }

  /** Returns the method with this name; {@code params} holds only the method's own parameters. */
  public static Imputer create(String name, Params params) {
    return CATALOGUE.create(name, params);
  }
}
