package org.ipindex.report.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The report, built once from the releases and rendered to every format, so the numbers are the same
 * in Word, PDF, HTML and Excel.
 *
 * @param lang the language of the text
 * @param title the title
 * @param subtitle the line under the title (the evaluation year, the releases)
 * @param front paragraphs under the title, before the contents (what the report is built from)
 * @param sections the chapters
 */
public record Document(Lang lang, String title, String subtitle, List<Paragraph> front, List<Section> sections) {
  public Document {
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(subtitle, "subtitle");
    front = List.copyOf(front);
    sections = List.copyOf(sections);
  }

  /** Returns every table shown in the document, in order (the figures' data tables not included). */
  public List<Table> tables() {
    List<Table> out = new ArrayList<>();
    visit(b -> {
      if (b instanceof Table t) {
        out.add(t);
      }
    });
    return out;
  }

  /** Returns every figure, in order. */
  public List<Figure> figures() {
    List<Figure> out = new ArrayList<>();
    visit(b -> {
      if (b instanceof Figure f) {
        out.add(f);
      }
    });
    return out;
  }

  /** Returns every paragraph, the front matter first. */
  public List<Paragraph> paragraphs() {
    List<Paragraph> out = new ArrayList<>(front);
    visit(b -> {
      if (b instanceof Paragraph p) {
        out.add(p);
      }
    });
    return out;
  }

  /** Calls {@code action} on every block, depth first in reading order. */
  public void visit(Consumer<Block> action) {
    sections.forEach(s -> visit(s, action));
  }

  private static void visit(Section s, Consumer<Block> action) {
    s.blocks().forEach(action);
    s.sections().forEach(c -> visit(c, action));
  }
}
