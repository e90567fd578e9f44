package org.ipindex.core.build;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where a normalisation takes its parameters (min, max, mean…) from.
 *
 * <ul>
 *   <li>{@link PerYear}: each year's own values — scores are not comparable over time;
 *   <li>{@link Pooled}: all years of the panel together — scores comparable over time (COINr's
 *       "global" panel normalisation);
 *   <li>{@link ReferenceYear}: one year's values, applied to every year;
 *   <li>{@link Fixed}: bounds given per indicator as {@code [lower, upper]}.
 * </ul>
 */
public sealed interface BoundsScope {
  /** Returns the recipe form, e.g. {@code "pooled"} or {@code "reference_year:2021"}. */
  String text();

  record PerYear() implements BoundsScope {
    @Override
    public String text() {
      return "per_year";
    }
  }

  record Pooled() implements BoundsScope {
    @Override
    public String text() {
      return "pooled";
    }
  }

  record ReferenceYear(int year) implements BoundsScope {
    @Override
    public String text() {
      return "reference_year:" + year;
    }
  }

  /** Bounds per indicator code, each {@code [lower, upper]}. */
  record Fixed(Map<String, double[]> bounds) implements BoundsScope {
    public Fixed {
      Map<String, double[]> copy = new LinkedHashMap<>();
      bounds.forEach((k, v) -> {
        if (v.length != 2 || !(v[0] < v[1])) {
          throw new IllegalArgumentException(
              "fixed bounds of '%s' must be [lower, upper] with lower < upper".formatted(k));
        }
        copy.put(k, v.clone());
      });
      bounds = Collections.unmodifiableMap(copy);
    }

    @Override
    public String text() {
      return "fixed";
    }
  }

  /**
   * Parses {@code per_year}, {@code pooled}, {@code reference_year:Y} or {@code fixed}.
   *
   * @throws IllegalArgumentException for anything else
   */
  static BoundsScope parse(String text, Map<String, double[]> fixedBounds) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("per_year")) {
      return new PerYear();
    }
    if (t.equals("pooled")) {
      return new Pooled();
    }
    if (t.equals("fixed")) {
      if (fixedBounds.isEmpty()) {
        throw new IllegalArgumentException("bounds: fixed needs 'fixed_bounds: {CODE: [lower, upper]}'");
      }
      return new Fixed(fixedBounds);
    }
    if (t.startsWith("reference_year:")) {
      try {
        return new ReferenceYear(Integer.parseInt(t.substring("reference_year:".length()).trim()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("bounds '%s': the year must be a whole number".formatted(text));
      }
    }
    throw new IllegalArgumentException(
        "unknown bounds '%s'; use per_year, pooled, reference_year:YEAR or fixed".formatted(text));
  }
}
