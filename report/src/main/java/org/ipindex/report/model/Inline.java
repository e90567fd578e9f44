package org.ipindex.report.model;

import java.util.Objects;

/** A piece of a paragraph: running text or a footnote attached where it stands. */
public sealed interface Inline permits Inline.Text, Inline.Note {
  /** Running text. */
  record Text(String text) implements Inline {
    public Text {
      Objects.requireNonNull(text, "text");
    }
  }

  /** A footnote; renderers number the notes in document order. */
  record Note(String text) implements Inline {
    public Note {
      Objects.requireNonNull(text, "text");
    }
  }
}
