package org.ipindex.io;

import java.util.List;
import java.util.Objects;
import org.ipindex.core.model.Panel;

/**
 * A panel as read from a file, with warnings that do not stop reading (series the framework does
 * not know, units without a grouping).
 *
 * @param panel the values, groupings and unit names
 * @param warnings one sentence each, in the order found
 */
public record PanelFile(Panel panel, List<String> warnings) {
  public PanelFile {
    Objects.requireNonNull(panel, "panel");
    warnings = List.copyOf(warnings);
  }
}
