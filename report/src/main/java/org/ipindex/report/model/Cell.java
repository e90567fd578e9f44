package org.ipindex.report.model;

import java.util.Objects;

/**
 * One table cell: the text a reader sees and, for a number, the exact value behind it, so a
 * spreadsheet holds the number and a test can compare it with the results.
 *
 * @param text what is printed
 * @param value the exact number, or NaN for text (and for "no data")
 * @param decimals the decimals printed (of the percentage when {@code percent}); −1 for text
 * @param percent whether {@code value} is a share printed as a percentage (0.063 as "6.3%")
 * @param note a note on this cell (e.g. a value carried forward), or ""
 */
public record Cell(String text, double value, int decimals, boolean percent, String note) {
  public Cell {
    Objects.requireNonNull(text, "text");
    note = note == null ? "" : note;
  }

  /** Returns a text cell. */
  public static Cell text(String text) {
    return new Cell(text, Double.NaN, -1, false, "");
  }

  /** Returns a number cell printed as {@code text}. */
  public static Cell number(double value, int decimals, String text) {
    return new Cell(text, value, decimals, false, "");
  }

  /** Returns a share printed as a percentage with {@code decimals} decimals, e.g. 0.063 as "6.3%". */
  public static Cell percent(double share, int decimals, String text) {
    return new Cell(text, share, decimals, true, "");
  }

  /** Returns whether the cell holds a number. */
  public boolean isNumber() {
    return !Double.isNaN(value);
  }

  /** Returns a copy with a note. */
  public Cell withNote(String newNote) {
    return new Cell(text, value, decimals, percent, newNote);
  }
}
