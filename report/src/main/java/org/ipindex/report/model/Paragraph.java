package org.ipindex.report.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph: text with footnotes where they stand.
 *
 * @param parts text and notes in reading order
 */
public record Paragraph(List<Inline> parts) implements Block {
  public Paragraph {
    parts = List.copyOf(parts);
  }

  /** Returns a paragraph of plain text. */
  public static Paragraph of(String text) {
    return new Paragraph(List.of(new Inline.Text(text)));
  }

  /** Returns the text without the notes. */
  public String text() {
    StringBuilder out = new StringBuilder();
    parts.forEach(p -> {
      if (p instanceof Inline.Text t) {
        out.append(t.text());
      }
    });
    return out.toString();
  }

  /** Returns the footnotes, in order. */
  public List<String> notes() {
    return parts.stream().filter(p -> p instanceof Inline.Note).map(p -> ((Inline.Note) p).text()).toList();
  }

  /** Builds a paragraph piece by piece. */
  public static final class Builder {
    private final List<Inline> parts = new ArrayList<>();

    /** Adds text. */
    public Builder text(String text) {
      if (!text.isEmpty()) {
        parts.add(new Inline.Text(text));
      }
      return this;
    }

    /** Adds a footnote here. */
    public Builder note(String note) {
      parts.add(new Inline.Note(note));
      return this;
    }

    public boolean isEmpty() {
      return parts.isEmpty();
    }

    public Paragraph build() {
      return new Paragraph(parts);
    }
  }
}
