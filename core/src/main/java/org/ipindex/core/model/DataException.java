package org.ipindex.core.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when input data or a recipe is wrong; carries every {@link Problem} found, so a user can
 * fix a file in one pass. The CLI exits with code 2 for it, the web layer answers 400.
 */
public class DataException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Problem> problems;

  public DataException(List<Problem> problems) {
    super(summarise(problems));
    this.problems = List.copyOf(problems);
  }

  public DataException(Problem problem) {
    this(List.of(problem));
  }

  /** Shorthand for one problem. */
  public static DataException of(ProblemCode code, String where, String message) {
    return new DataException(new Problem(code, where, message));
  }

  /** Returns the problems, in the order found. */
  public List<Problem> problems() {
    return problems;
  }

  private static String summarise(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a DataException needs at least one problem");
    }
    if (problems.size() == 1) {
      return problems.get(0).toString();
    }
    return problems.size() + " problems:\n" + problems.stream().limit(50).map(p -> "  - " + p)
        .collect(Collectors.joining("\n"))
        + (problems.size() > 50 ? "\n  … and " + (problems.size() - 50) + " more" : "");
  }
}
