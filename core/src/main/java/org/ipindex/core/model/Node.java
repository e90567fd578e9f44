package org.ipindex.core.model;

import java.util.Objects;

/**
 * One node of a framework: the index, a group (dimension, pillar, sub-pillar) or an indicator.
 *
 * @param code unique code, e.g. {@code "R19"} or {@code "P1"}
 * @param parentCode code of the parent, {@code null} for the root
 * @param nameZh Chinese name (may be empty)
 * @param nameEn English name (may be empty)
 * @param unit unit of measure (may be empty)
 * @param direction whether larger is better; meaningful for indicators
 * @param kind scale or intensity; meaningful for indicators
 * @param weight weight relative to siblings; NaN means "use the recipe's default"
 * @param denominator code of the series an indicator is divided by in a denominate step, or null
 * @param target target value of an indicator for distance-to-target, NaN when none
 * @param note free text, e.g. how a blank in the source was inferred
 */
public record Node(
    String code,
    String parentCode,
    String nameZh,
    String nameEn,
    String unit,
    Direction direction,
    Kind kind,
    double weight,
    String denominator,
    double target,
    String note) {

  public Node {
    Objects.requireNonNull(code, "code");
    if (code.isBlank()) {
      throw new IllegalArgumentException("node code must not be blank");
    }
    nameZh = nameZh == null ? "" : nameZh;
    nameEn = nameEn == null ? "" : nameEn;
    unit = unit == null ? "" : unit;
    direction = direction == null ? Direction.POSITIVE : direction;
    kind = kind == null ? Kind.INTENSITY : kind;
    note = note == null ? "" : note;
    if (!Double.isNaN(weight) && !(weight >= 0 && Double.isFinite(weight))) {
      throw new IllegalArgumentException(
          "weight of node '%s' must be a finite number >= 0, got %s".formatted(code, weight));
    }
  }

  /** Returns a node with only the fields a group needs. */
  public static Node group(String code, String parentCode, String nameZh, String nameEn, double weight) {
    return new Node(code, parentCode, nameZh, nameEn, "", Direction.POSITIVE, Kind.INTENSITY, weight,
        null, Double.NaN, "");
  }

  /** Returns an indicator node with default weight and no denominator or target. */
  public static Node indicator(String code, String parentCode, Direction direction) {
    return new Node(code, parentCode, "", "", "", direction, Kind.INTENSITY, Double.NaN, null,
        Double.NaN, "");
  }

  /** Returns the Chinese name, or the English name, or the code, whichever is first non-empty. */
  public String label() {
    return !nameZh.isEmpty() ? nameZh : !nameEn.isEmpty() ? nameEn : code;
  }

  /** Returns a copy with another weight. */
  public Node withWeight(double newWeight) {
    return new Node(code, parentCode, nameZh, nameEn, unit, direction, kind, newWeight, denominator,
        target, note);
  }

  /** Returns a copy with another direction. */
  public Node withDirection(Direction newDirection) {
    return new Node(code, parentCode, nameZh, nameEn, unit, newDirection, kind, weight, denominator,
        target, note);
  }
}
