package org.ipindex.core.build;

import java.util.List;

/**
 * One line of a build's log: which step ran, what dataset it made, and what a reader should know.
 *
 * @param index 1-based position of the step in the recipe
 * @param spec the step as a recipe would hold it
 * @param dataset name of the dataset made, or "" for a step that makes none
 * @param notes what the step reported
 */
public record LogEntry(int index, StepSpec spec, String dataset, List<String> notes) {
  public LogEntry {
    notes = List.copyOf(notes);
  }
}
