package org.ipindex.core.treat;

import java.util.List;
import org.ipindex.core.build.Catalogue;
import org.ipindex.core.build.Params;

/** The catalogue of outlier-treatment methods by stable name. */
public final class Treaters {
  private static final Catalogue<Treater> CATALOGUE = new Catalogue<>("treatment");

  private Treaters() {}

  public static List<String> names() {
    return CATALOGUE.names();
  }

  /** Returns the method with this name; {@code params} holds only the method's own parameters. */
  public static Treater create(String name, Params params) {
    return CATALOGUE.create(name, params);
  }
}
