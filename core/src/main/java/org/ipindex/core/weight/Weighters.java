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
      .register("ahp", AhpParams::read)
      .register("given", Weighters::given);

  private Weighters() {}

  private static Weighter none(Params p, Weighter weighter) {
    p.allowOnly(List.of());
    return weighter;
  }

  private static Weighter given(Params p) {
    p.allowOnly(List.of("weights"));
    Params w = p.nested("weights");
    if (w.values().isEmpty()) {
      throw p.bad("method 'given' needs weights: {CODE: number, …} for the children of each group it weighs");
    }
    java.util.Map<String, Double> byCode = new java.util.LinkedHashMap<>();
    for (String code : w.values().keySet()) {
      byCode.put(code, w.number(code, Double.NaN));
    }
    return new GivenWeights(byCode);
  }

  public static List<String> names() {
    return CATALOGUE.names();
  }

  /** Returns the method with this name; {@code params} holds only the method's own parameters. */
  public static Weighter create(String name, Params params) {
    return CATALOGUE.create(name, params);
  }
}
