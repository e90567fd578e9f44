package org.ipindex.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine;

/** Formats and parses what the store commands print and read. */
final class StoreText {
  private StoreText() {}

  /** Returns a value as printed: whole numbers without decimals, others in full precision. */
  static String number(double v) {
    if (Double.isNaN(v)) {
      return "—";
    }
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  static String instant(Instant t) {
    return t.toString();
  }

  /** Parses {@code --as-of}: an instant (2025-03-01T08:00:00Z) or a date (the end of that day, UTC). */
  static Instant asOf(CommandLine cli, String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(text).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1000);
      } catch (DateTimeParseException e2) {
        throw new CommandLine.ParameterException(cli, String.format(Locale.ROOT,
            "--as-of %s: write a date (2025-03-01, meaning the end of that day in UTC) or an instant (2025-03-01T08:00:00Z)",
            text));
      }
    }
  }
}
