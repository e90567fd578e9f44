package org.ipindex.core.model;

import java.util.Objects;

/**
 * The provenance of one value of a panel.
 *
 * @param kind where the value came from
 * @param sourceYear for {@link FlagKind#CARRIED_FORWARD}, the year the value was copied from; else 0
 * @param method for {@link FlagKind#IMPUTED} and {@link FlagKind#TREATED}, the method's name; else ""
 */
public record Flag(FlagKind kind, int sourceYear, String method) {
  public static final Flag OBSERVED = new Flag(FlagKind.OBSERVED, 0, "");
  public static final Flag MISSING = new Flag(FlagKind.MISSING, 0, "");

  public Flag {
    Objects.requireNonNull(kind, "kind");
    method = method == null ? "" : method;
  }

  public static Flag carriedFrom(int year) {
    return new Flag(FlagKind.CARRIED_FORWARD, year, "carry_forward");
  }

  public static Flag imputed(String method) {
    return new Flag(FlagKind.IMPUTED, 0, method);
  }

  public static Flag treated(String method) {
    return new Flag(FlagKind.TREATED, 0, method);
  }

  /** Returns a short text for tables and footnotes, e.g. {@code "carried forward from 2022"}. */
  public String describe() {
    return switch (kind) {
      case OBSERVED -> "observed";
      case CARRIED_FORWARD -> "carried forward from " + sourceYear;
      case IMPUTED -> "imputed by " + method;
      case TREATED -> "treated by " + method;
      case MISSING -> "missing";
    };
  }
}
