package org.ipindex.io;

import java.util.List;
import java.util.Objects;
import org.ipindex.core.model.Framework;

/**
 * A framework as read from a file, with what reading the matching data needs.
 *
 * @param framework the tree of index, groups and indicators
 * @param denominators codes of the series indicators are divided by: COINr {@code Denominator} rows
 *     and every code named in a {@code denominator} column, in order of first appearance
 * @param groupColumns codes of COINr {@code Group} rows: columns of the data that hold unit
 *     groupings, not values (empty for our own layout)
 */
public record FrameworkFile(Framework framework, List<String> denominators, List<String> groupColumns) {
  public FrameworkFile {
    Objects.requireNonNull(framework, "framework");
    denominators = List.copyOf(denominators);
    groupColumns = List.copyOf(groupColumns);
  }
}
