package org.ipindex.core.model;

import java.util.Objects;

/**
 * One problem in input data or a recipe: what kind, where (file, row, column or a node and unit),
 * and a message that names the value and, where possible, the fix.
 */
public record Problem(ProblemCode code, String where, String message) {
  public Problem {
    Objects.requireNonNull(code, "code");
    where = where == null ? "" : where;
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return where.isEmpty() ? message : where + ": " + message;
  }
}
