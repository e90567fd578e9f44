package org.ipindex.core.analysis;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.ipindex.core.build.Build;
import org.ipindex.core.build.Recipe;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Panel;

/**
 * One run's version of the method: the recipe as the run's choices edited it, and the indicators
 * the run leaves out of the framework. {@code Build.replay(panel, framework without excluded,
 * recipe)} computes exactly what {@link Experiment#evaluate(Variant)} reports.
 *
 * @param recipe the edited recipe
 * @param excluded codes of the indicators left out (copied, sorted)
 */
public record Variant(Recipe recipe, Set<String> excluded) {
  public Variant {
    Objects.requireNonNull(recipe, "recipe");
    excluded = Collections.unmodifiableSet(new TreeSet<>(excluded));
  }

  /** Returns the variant that changes nothing. */
  public static Variant of(Recipe recipe) {
    return new Variant(recipe, Set.of());
  }

  /** Returns what {@link Build#replay} gives for this variant (the slow path, for checks). */
  public Build replay(Panel panel, Framework framework) {
    return Build.replay(panel, Frameworks.without(framework, excluded), recipe);
  }
}
