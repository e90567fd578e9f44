package org.ipindex.core.normalise;

import java.util.List;
import org.ipindex.core.build.Catalogue;
import org.ipindex.core.build.Params;

/** The catalogue of normalisation methods by stable name, as used in recipes, the CLI and the API. */
public final class Normalisers {
  private static final Catalogue<Normaliser> CATALOGUE = new Catalogue<Normaliser>("normalisation")
      .register("minmax", p -> {
        p.allowOnly(List.of("lower", "upper"));
        return new MinMax(p.number("lower", 0), p.number("upper", 100));
      });

  private Normalisers() {}

  public static List<String> names() {
    return CATALOGUE.names();
  }

  /** Returns the method with this name; {@code params} holds only the method's own parameters. */
  public static Normaliser create(String name, Params params) {
    return CATALOGUE.create(name, params);
  }
}
