package org.ipindex.core.analysis;

import java.util.function.Consumer;

/**
 * An uncertain input compiled against a recipe and framework: how many coordinates of a point it
 * reads and what edit of the recipe a point means.
 */
interface Factor {
  /** The order in which edits apply: whole steps first, then parameters, exclusions, weights. */
  int STEP = 0;
  int PARAMETER = 1;
  int EXCLUSION = 2;
  int WEIGHTS = 3;

  UncertainInput input();

  int dimensions();

  /** Returns the choice for the coordinates {@code point[offset … offset + dimensions())}. */
  Choice choose(double[] point, int offset);

  /** A choice: its label in reports, when it applies, and the edit. */
  record Choice(String label, int phase, Consumer<VariantDraft> edit) {}

  /** Returns option ⌊u·k⌋ of k (u in [0, 1); u = 1 gives the last option). */
  static int option(double u, int k) {
    if (!(u >= 0 && u <= 1)) {
      throw new IllegalArgumentException("a coordinate must be in [0, 1], got " + u);
    }
    return Math.min(k - 1, (int) Math.floor(u * k));
  }
}
