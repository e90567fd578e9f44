package org.ipindex.core.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An ordered list of steps that turns a panel into an index, with a name. A recipe is data: it is
 * read from YAML or JSON, written back, edited to make a variant, and replayed by
 * {@link Build#replay}.
 *
 * @param name a short name, e.g. {@code "regional-ip-development-index"}
 * @param evaluationYearOffset evaluation year minus data year (1 when the 2024 evaluation uses 2023
 *     data; 0 when they are the same)
 * @param steps the steps, in order
 */
public record Recipe(String name, int evaluationYearOffset, List<StepSpec> steps) {
  public Recipe {
    Objects.requireNonNull(name, "name");
    steps = List.copyOf(steps);
  }

  /** Returns a recipe with one more step. */
  public Recipe plus(StepSpec step) {
    List<StepSpec> s = new ArrayList<>(steps);
    s.add(step);
    return new Recipe(name, evaluationYearOffset, s);
  }

  /** Returns a recipe with step {@code index} (0-based) replaced. */
  public Recipe withStep(int index, StepSpec step) {
    List<StepSpec> s = new ArrayList<>(steps);
    s.set(index, step);
    return new Recipe(name, evaluationYearOffset, s);
  }

  /** Returns the index of the first step with this verb, or −1. */
  public int indexOf(String verb) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).verb().equals(verb)) {
        return i;
      }
    }
    return -1;
  }

  /** Returns the data year evaluated in evaluation year {@code evaluationYear}. */
  public int dataYear(int evaluationYear) {
    return evaluationYear - evaluationYearOffset;
  }
}
