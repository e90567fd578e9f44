package org.ipindex.io.ingest;

import java.util.Objects;
import org.ipindex.core.model.Problem;

/**
 * One problem found in a statistics file: how bad, what kind, where, the value as written, what is
 * wrong and how to fix it.
 *
 * @param severity error (the file is rejected) or warning (stored only when accepted)
 * @param code the kind
 * @param where file, sheet, row and column
 * @param value the cell's text as written ("" where the issue is not about one cell)
 * @param problem what is wrong, naming the value
 * @param fix what to do about it
 */
public record Issue(Severity severity, IssueCode code, Location where, String value, String problem, String fix) {
  public Issue {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(where, "where");
    value = value == null ? "" : value;
    Objects.requireNonNull(problem, "problem");
    fix = fix == null ? "" : fix;
  }

  /** Returns an error. */
  public static Issue error(IssueCode code, Location where, String value, String problem, String fix) {
    return new Issue(Severity.ERROR, code, where, value, problem, fix);
  }

  /** Returns a warning. */
  public static Issue warning(IssueCode code, Location where, String value, String problem, String fix) {
    return new Issue(Severity.WARNING, code, where, value, problem, fix);
  }

  /** Returns the problem and the fix: {@code "'12a' is not a number; write …"}. */
  public String message() {
    return fix.isEmpty() ? problem : problem + "; " + fix;
  }

  /** Returns the issue as a problem of the core model (for a {@link org.ipindex.core.model.DataException}). */
  public Problem toProblem() {
    return new Problem(code.problemCode(), where.describe(), (severity == Severity.WARNING ? "warning: " : "") + message());
  }

  /** Returns e.g. {@code "d.csv, row 7, column value: '12a' is not a number; write …"}. */
  @Override
  public String toString() {
    return where.describe() + ": " + message();
  }
}
