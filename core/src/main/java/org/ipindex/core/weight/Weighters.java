package org.ipindex.core.weight;

import java.util.List;
import org.ipindex.core.build.Catalogue;
import org.ipindex.core.build.Params;

/** The catalogue of weighting methods by stable name. */
public final class Weighters {
  private static final Catalogue<Weighter> CATALOGUE = new Catalogue<Weighter>("weighting")
      .register("equal", p -> {
        p.allowOnly(List.of());
        return new EqualWeights();
      })
      .register("framework", p -> {
        p.allowOnly(List.of());
        return new FrameworkWeights();
      })
      .register("leaf_count", p -> {
        p.allowOnly(List.of());
        return new LeafCount();
      });

  private Weighters() {}

  public static List<String> names() {
    return CATALOGUE.names();
  }

  /** Returns the method with this name; {@code params} holds only the method's own parameters. */
  public static Weighter create(String name, Params params) {
    return CATALOGUE.create(name, params);
  }
}
