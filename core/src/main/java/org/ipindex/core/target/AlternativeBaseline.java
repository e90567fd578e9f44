package org.ipindex.core.target;

import java.util.Objects;

/**
 * A baseline value printed by another document than the one whose value is used, kept with its
 * source so that the disagreement stays visible (e.g. 6.2 in the 14th Five-Year Plan's table vs 6.3
 * in the 2024 development report for high-value patents per 10,000 people in 2020).
 *
 * @param value the baseline value as printed there
 * @param source the document (and place) that prints it
 */
public record AlternativeBaseline(double value, String source) {
  public AlternativeBaseline {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("an alternative baseline needs a finite value, got " + value);
    }
    Objects.requireNonNull(source, "source");
  }
}
