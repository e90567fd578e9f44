package org.ipindex.core.weight;

import java.util.List;
import org.ipindex.core.build.Catalogue;
import org.ipindex.core.build.Params;

/**
 * The catalogue of weighting methods by stable name: {@code equal}, {@code framework},
 * {@code leaf_count}, {@code entropy}, {@code pca} and {@code ahp} ({@code matrix}, {@code order},
 * {@code allow_inconsistent}).
 */
public final class Weighters {
  private static final Catalogue<Weighter> CATALOGUE = new Catalogue<Weighter>("weighting")
      .register("equal", p -> none(p, new EqualWeights()))
      .register("framework", p -> none(p, new FrameworkWeights()))
      .register("leaf_count", p -> none(p, new LeafCount()))
      .register("entropy", p -> none(p, new EntropyWeights()))
      .register("pca", p -> none(p, new PcaWeights()))
      .register("ahp", AhpParams::read);

  private Weighters() {}

  private static Weighter none(Params p, Weighter weighter) {
    p.allowOnly(List.of());
    return weighter;
  }

  public static List<String> names() {
    return CATALOGUE.names();
  }

  /** Returns the method with this name; {@code params} holds only the method's own parameters. */
  public static Weighter create(String name, Params params) {
    return CATALOGUE.create(name, params);
  }
}
