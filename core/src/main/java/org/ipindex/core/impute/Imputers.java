package org.ipindex.core.impute;

import java.util.List;
import org.ipindex.core.build.Catalogue;
import org.ipindex.core.build.Params;

/** The catalogue of imputation methods by stable name. */
public final class Imputers {
  private static final Catalogue<Imputer> CATALOGUE = new Catalogue<Imputer>("imputation")
      .register("none", p -> {
        p.allowOnly(List.of());
        return new NoImputation();
      });

  private Imputers() {}

  public static List<String> names() {
    return CATALOGUE.names();
  }

  /** Returns the method with this name; {@code params} holds only the method's own parameters. */
  public static Imputer create(String name, Params params) {
    return CATALOGUE.create(name, params);
  }
}
