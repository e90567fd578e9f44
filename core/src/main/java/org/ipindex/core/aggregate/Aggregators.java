package org.ipindex.core.aggregate;

import java.util.List;
import org.ipindex.core.build.Catalogue;
import org.ipindex.core.build.Params;

/** The catalogue of aggregation methods by stable name. */
public final class Aggregators {
  private static final Catalogue<Aggregator> CATALOGUE = new Catalogue<Aggregator>("aggregation")
      .register("arithmetic", p -> none(p, new ArithmeticMean()))
      .register("geometric", p -> none(p, new GeometricMean()))
      .register("harmonic", p -> none(p, new HarmonicMean()))
      .register("median", p -> none(p, new WeightedMedian()))
      .register("generalised", p -> {
        p.allowOnly(List.of("p"));
        return new GeneralisedMean(p.requireNumber("p"));
      });

  private Aggregators() {}

  private static Aggregator none(Params p, Aggregator a) {
    p.allowOnly(List.of());
    return a;
  }

  public static List<String> names() {
    return CATALOGUE.names();
  }

  /** Returns the method with this name; {@code params} holds only the method's own parameters. */
  public static Aggregator create(String name, Params params) {
    return CATALOGUE.create(name, params);
  }
}
