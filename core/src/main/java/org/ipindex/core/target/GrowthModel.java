package org.ipindex.core.target;

import java.util.Locale;

/** How growth was measured for a result: compound (per cent a year), linear (units a year) or not at all. */
public enum GrowthModel {
  /** CAGR = (y_t / y_0)^(1/(t − t0)) − 1, a rate (0.05 = 5 % a year). */
  COMPOUND,
  /** (y_t − y_0) / (t − t0), in the indicator's unit a year; used when a value is zero or negative. */
  LINEAR,
  /** No growth: a single observation, a binary target, or nothing observed. */
  NONE;

  /** Returns the stable name used in files. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
