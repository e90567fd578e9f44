package org.ipindex.core.normalise;

import java.util.List;
import org.ipindex.core.build.Catalogue;
import org.ipindex.core.build.Params;

/**
 * The catalogue of normalisation methods by stable name, as used in recipes, the CLI and the API.
 * Parameter names are the records' component names in snake_case, so a method written out by
 * {@link org.ipindex.core.build.Describe} is read back unchanged.
 */
public final class Normalisers {
  private static final Catalogue<Normaliser> CATALOGUE = new Catalogue<Normaliser>("normalisation")
      .register("minmax", p -> {
        p.allowOnly(List.of("lower", "upper"));
        return new MinMax(p.number("lower", 0), p.number("upper", 100));
      })
      .register("efficacy", p -> {
        p.allowOnly(List.of("floor", "span"));
        return new Efficacy(
            p.number("floor", Efficacy.DEFAULT_FLOOR), p.number("span", Efficacy.DEFAULT_SPAN));
      })
      .register("zscore", p -> {
        p.allowOnly(List.of("mean", "sd"));
        return new ZScore(p.number("mean", ZScore.DEFAULT_MEAN), p.number("sd", ZScore.DEFAULT_SD));
      })
      .register("rank", p -> {
        p.allowOnly(List.of());
        return new RankScore();
      })
      .register("percentile_rank", p -> {
        p.allowOnly(List.of());
        return new PercentileRank();
      })
      .register("borda", p -> {
        p.allowOnly(List.of());
        return new Borda();
      })
      .register("distance_to_max", p -> {
        p.allowOnly(List.of());
        return new DistanceToMax();
      })
      .register("fraction_of_max", p -> {
        p.allowOnly(List.of());
        return new FractionOfMax();
      })
      .register("distance_to_target", p -> {
        p.allowOnly(List.of("cap"));
        return new DistanceToTarget(p.bool("cap", DistanceToTarget.DEFAULT_CAP));
      })
      .register("goalposts", p -> {
        p.allowOnly(List.of("lower", "upper", "scale", "clamp", "log"));
        return new Goalposts(p.requireNumber("lower"), p.requireNumber("upper"),
            p.number("scale", Goalposts.DEFAULT_SCALE), p.bool("clamp", Goalposts.DEFAULT_CLAMP),
            p.bool("log", Goalposts.DEFAULT_LOG));
      })
      .register("base_year_index", p -> {
        p.allowOnly(List.of("base_year", "scale"));
        p.requireNumber("base_year");
        return new BaseYearIndex(
            p.integer("base_year", 0), p.number("scale", BaseYearIndex.DEFAULT_SCALE));
      });

  private Normalisers() {}

  /** Returns the catalogue names, sorted. */
  public static List<String> names() {
    return CATALOGUE.names();
  }

  /**
   * Returns the method with this name; {@code params} holds only the method's own parameters.
   *
   * @throws org.ipindex.core.model.DataException for an unknown name, an unknown parameter or a bad
   *     value, naming it
   */
  public static Normaliser create(String name, Params params) {
    return CATALOGUE.create(name, params);
  }
}
