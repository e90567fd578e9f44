package org.ipindex.core.analysis;

import java.util.Locale;
import org.ipindex.core.build.Recipe;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.ProblemCode;

/**
 * Which step of a recipe an uncertain input varies: the first step with a verb ({@code normalise}),
 * or a position (1 = the first step).
 *
 * @param verb the verb, or null when {@code position} is given
 * @param position the 1-based position, or 0 when {@code verb} is given
 */
public record StepRef(String verb, int position) {
  public StepRef {
    if ((verb == null) == (position <= 0)) {
      throw new IllegalArgumentException("a step is named by a verb or by a position from 1, not both");
    }
    verb = verb == null ? null : verb.trim().toLowerCase(Locale.ROOT);
  }

  /** Returns a reference to the first step with this verb. */
  public static StepRef verb(String verb) {
    return new StepRef(verb, 0);
  }

  /** Returns a reference to the step at this 1-based position. */
  public static StepRef position(int position) {
    return new StepRef(null, position);
  }

  /**
   * Returns the 0-based index of the step in the recipe.
   *
   * @throws DataException if the recipe has no such step
   */
  public int indexIn(Recipe recipe, String where) {
    if (verb == null) {
      if (position > recipe.steps().size()) {
        throw DataException.of(ProblemCode.BAD_PARAMETER, where, "step %d does not exist: recipe '%s' has %d steps"
            .formatted(position, recipe.name(), recipe.steps().size()));
      }
      return position - 1;
    }
    for (int i = 0; i < recipe.steps().size(); i++) {
      if (canonical(recipe.steps().get(i).verb()).equals(canonical(verb))) {
        return i;
      }
    }
    throw DataException.of(ProblemCode.BAD_PARAMETER, where,
        "recipe '%s' has no %s step, so it cannot be varied; its steps are %s"
            .formatted(recipe.name(), verb, recipe.steps().stream().map(s -> s.verb()).toList()));
  }

  /** Returns a verb as {@link org.ipindex.core.build.Steps} understands it, spelling variants merged. */
  static String canonical(String verb) {
    String v = verb.trim().toLowerCase(Locale.ROOT);
    return switch (v) {
      case "normalize" -> "normalise";
      case "weigh" -> "weight";
      default -> v;
    };
  }

  @Override
  public String toString() {
    return verb != null ? verb : "step " + position;
  }
}
