package org.ipindex.store;

import java.time.Instant;

/** Instants as stored: microseconds since 1970-01-01T00:00:00Z. */
final class Instants {
  private Instants() {}

  static long micros(Instant t) {
    return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
  }

  static Instant of(long micros) {
    return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
  }
}
