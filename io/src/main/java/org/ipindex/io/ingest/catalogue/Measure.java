package org.ipindex.io.ingest.catalogue;

import java.util.List;
import java.util.Objects;
import org.ipindex.io.ingest.Units;

/**
 * A statistic the store keeps, e.g. {@code valid_patents[invention]} (domestic valid invention
 * patents at year end, 件).
 *
 * @param code the code; a qualifier in brackets names a part ({@code valid_patents[invention]})
 * @param nameZh Chinese name
 * @param nameEn English name
 * @param unit the unit values are stored in, e.g. {@code 件}, {@code 万人}, {@code 亿元}, {@code %}
 * @param kind count, percent, amount or other (decides the range check)
 * @param accrual stock or flow
 * @param regionsAddUp whether regions' values add up to their parent's (provinces to the nation)
 * @param parts the codes of the parts that add up to this total (e.g. invention, utility model,
 *     design), empty for none
 * @param sumTolerance the relative difference allowed in the sum checks, e.g. 0.001
 * @param aliases other names accepted in files
 * @param note where the statistic comes from, what it includes
 */
public record Measure(String code, String nameZh, String nameEn, String unit, MeasureKind kind, Accrual accrual,
    boolean regionsAddUp, List<String> parts, double sumTolerance, List<String> aliases, String note) {
  /** The relative tolerance of the sum checks where a measure does not give one: 0.1 %. */
  public static final double DEFAULT_SUM_TOLERANCE = 0.001;

  public Measure {
    Objects.requireNonNull(code, "code");
    if (code.isBlank()) {
      throw new IllegalArgumentException("measure code must not be blank");
    }
    nameZh = nameZh == null ? "" : nameZh;
    nameEn = nameEn == null ? "" : nameEn;
    unit = unit == null ? "" : unit;
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(accrual, "accrual");
    parts = List.copyOf(parts);
    if (!(sumTolerance >= 0)) {
      throw new IllegalArgumentException("sumTolerance of %s must be >= 0, got %s".formatted(code, sumTolerance));
    }
    aliases = List.copyOf(aliases);
    note = note == null ? "" : note;
  }

  /** Returns a measure with only the essentials (tests, quick catalogues). */
  public static Measure of(String code, String unit, MeasureKind kind) {
    return new Measure(code, "", "", unit, kind, Accrual.FLOW, false, List.of(), DEFAULT_SUM_TOLERANCE, List.of(), "");
  }

  /** Returns the unit, parsed. */
  public Units.Unit parsedUnit() {
    return Units.parse(unit);
  }

  /** Returns a copy whose regions add up to their parents'. */
  public Measure addingUpOverRegions() {
    return new Measure(code, nameZh, nameEn, unit, kind, accrual, true, parts, sumTolerance, aliases, note);
  }

  /** Returns a copy with these parts. */
  public Measure withParts(List<String> partCodes) {
    return new Measure(code, nameZh, nameEn, unit, kind, accrual, regionsAddUp, partCodes, sumTolerance, aliases, note);
  }
}
