package org.ipindex.core.formula;

/**
 * Thrown when the text of a formula cannot be parsed; names the position (0-based, in characters)
 * and what was expected there. {@link #getMessage()} shows the formula with a caret under the
 * position, ready for a user.
 */
public final class FormulaException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String formula;
  private final int position;
  private final String problem;

  FormulaException(String formula, int position, String problem) {
    super("%s at character %d of '%s'".formatted(problem, position + 1, formula));
    this.formula = formula;
    this.position = position;
    this.problem = problem;
  }

  /** Returns the formula text as given. */
  public String formula() {
    return formula;
  }

  /** Returns the 0-based position of the problem (the formula's length for "at the end"); the message counts characters from 1. */
  public int position() {
    return position;
  }

  /** Returns what is wrong, without the position, e.g. {@code "expected ')'"}. */
  public String problem() {
    return problem;
  }

  /** Returns two lines: the formula and a caret under the position. */
  public String pointer() {
    return formula + "\n" + " ".repeat(position) + "^";
  }
}
