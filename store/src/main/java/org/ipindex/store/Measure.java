package org.ipindex.store;

import java.util.Objects;

/**
 * A raw statistic the store keeps values of (or an indicator value imported as printed).
 *
 * @param code stable code, e.g. {@code valid_patents_invention}
 * @param nameZh Chinese name
 * @param nameEn English name
 * @param unit unit of the values, e.g. 件, 万人, 亿元
 * @param kind {@link Kind#STOCK}, {@link Kind#FLOW} or {@link Kind#RATIO}
 * @param sourceAgency who publishes it, e.g. 国家知识产权局 (CNIPA)
 * @param note anything a reader should know, or ""
 */
public record Measure(String code, String nameZh, String nameEn, String unit, Kind kind, String sourceAgency, String note) {
  /** Whether a value is a level at year end, an amount during the year, or neither. */
  public enum Kind {
    /** A level at the end of the year (valid patents, population). */
    STOCK,
    /** An amount during the year (applications, grants, GDP). */
    FLOW,
    /** A rate, share, per-capita or per-GDP value, duration or score. */
    RATIO;

    String sql() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Kind of(String sql) {
      return valueOf(sql.toUpperCase(java.util.Locale.ROOT));
    }
  }

  public Measure {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(nameZh, "nameZh");
    Objects.requireNonNull(nameEn, "nameEn");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sourceAgency, "sourceAgency");
    note = note == null ? "" : note;
    if (code.isBlank()) {
      throw new IllegalArgumentException("a measure needs a code");
    }
  }
}
