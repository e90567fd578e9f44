package org.ipindex.report.model;

import java.util.Objects;

/**
 * Text shown exactly as it is, in a fixed-width face (a recipe file).
 *
 * @param caption what it is
 * @param text the text
 */
public record Verbatim(String caption, String text) implements Block {
  public Verbatim {
    Objects.requireNonNull(caption, "caption");
    Objects.requireNonNull(text, "text");
  }
}
