package org.ipindex.report.model;

import java.util.List;
import java.util.Objects;

/**
 * A chapter or a part of one: a heading, its blocks, then its subsections.
 *
 * @param id an anchor, unique in the document (letters, digits and '-')
 * @param title the heading as printed, numbering included ("第三章 地区知识产权发展指数")
 * @param blocks paragraphs, tables, figures
 * @param sections subsections
 */
public record Section(String id, String title, List<Block> blocks, List<Section> sections) {
  public Section {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    blocks = List.copyOf(blocks);
    sections = List.copyOf(sections);
  }
}
