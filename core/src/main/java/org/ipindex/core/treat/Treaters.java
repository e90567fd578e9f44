package org.ipindex.core.treat;

import java.util.List;
import org.ipindex.core.build.Catalogue;
import org.ipindex.core.build.Params;

/**
 * The catalogue of outlier-treatment methods by stable name.
 *
 * <ul>
 *   <li>{@code winsorise} ({@link Winsorise}): {@code winmax} (5), {@code skew_limit} (2),
 *       {@code kurt_limit} (3.5), {@code fallback} ({@code log} | {@code log_plus} |
 *       {@code log_orig} | {@code boxcox} | {@code none}; default {@code log}), {@code lambda}
 *       (only with {@code boxcox}; default {@link BoxCox#DEFAULT_LAMBDA}), {@code combine} (false)
 *   <li>{@code log} ({@link LogTransform}): {@code variant} ({@code ct} | {@code ct_plus} |
 *       {@code orig}; default {@code ct})
 *   <li>{@code boxcox} ({@link BoxCox}): {@code lambda} ({@link BoxCox#DEFAULT_LAMBDA}),
 *       {@code shift} (true)
 * </ul>
 */
public final class Treaters {
  private static final Catalogue<Treater> CATALOGUE = new Catalogue<Treater>("treatment")
      .register("winsorise", p -> {
        p.allowOnly(List.of("winmax", "skew_limit", "kurt_limit", "fallback", "lambda", "combine"));
        Winsorise.Fallback fallback = Winsorise.Fallback.parse(p.string("fallback", "log"));
        double lambda = fallback == Winsorise.Fallback.BOXCOX
            ? p.number("lambda", BoxCox.DEFAULT_LAMBDA) : p.number("lambda", Double.NaN);
        return new Winsorise(p.integer("winmax", Winsorise.DEFAULT_WINMAX),
            p.number("skew_limit", SkewKurt.DEFAULT_SKEW_LIMIT),
            p.number("kurt_limit", SkewKurt.DEFAULT_KURT_LIMIT), fallback, lambda,
            p.bool("combine", false));
      })
      .register("log", p -> {
        p.allowOnly(List.of("variant"));
        return new LogTransform(LogTransform.Variant.parse(p.string("variant", "ct")));
      })
      .register("boxcox", p -> {
        p.allowOnly(List.of("lambda", "shift"));
        return new BoxCox(p.number("lambda", BoxCox.DEFAULT_LAMBDA), p.bool("shift", true));
      });

  private Treaters() {}

  public static List<String> names() {
    return CATALOGUE.names();
  }

  /** Returns the method with this name; {@code params} holds only the method's own parameters. */
  public static Treater create(String name, Params params) {
    return CATALOGUE.create(name, params);
  }
}
