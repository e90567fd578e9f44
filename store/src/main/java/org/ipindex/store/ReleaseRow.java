package org.ipindex.store;

import java.util.Objects;

/**
 * One stored result of a release: a unit's score, rank, change and coverage for one framework node
 * in one data year. Doubles round-trip exactly; NaN (missing) is stored as NULL and read back as NaN.
 */
public record ReleaseRow(String unit, int year, String code, double score, double rank, double change,
    double changePercent, double coverage) {
  public ReleaseRow {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(code, "code");
  }

  /** Returns whether every number is bit for bit the same as {@code other}'s (NaN equals NaN, 0.0 differs from −0.0). */
  public boolean sameBits(ReleaseRow other) {
    return unit.equals(other.unit) && year == other.year && code.equals(other.code)
        && Double.compare(score, other.score) == 0 && Double.compare(rank, other.rank) == 0
        && Double.compare(change, other.change) == 0 && Double.compare(changePercent, other.changePercent) == 0
        && Double.compare(coverage, other.coverage) == 0;
  }
}
