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

  /** Pads text with spaces to a display width, counting CJK and other wide characters as two columns. */
  static String pad(String text, int width) {
    int w = 0;
    for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
      w += wide(text.codePointAt(i)) ? 2 : 1;
    }
    return text + " ".repeat(Math.max(0, width - w));
  }

  private static boolean wide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
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
