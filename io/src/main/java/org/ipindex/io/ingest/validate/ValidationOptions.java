package org.ipindex.io.ingest.validate;

import java.util.Objects;

/**
 * How a file is checked and what is accepted.
 *
 * @param revision whether changed values may replace stored ones ({@code --revise --reason})
 * @param acceptWarnings whether warnings are accepted ({@code --accept-warnings})
 * @param jumps the year-on-year jump check
 */
public record ValidationOptions(Revision revision, boolean acceptWarnings, JumpRule jumps) {
  /** No revisions, warnings not accepted, {@link JumpRule#DEFAULT}. */
  public static final ValidationOptions DEFAULT = new ValidationOptions(Revision.NONE, false, JumpRule.DEFAULT);

  public ValidationOptions {
    Objects.requireNonNull(revision, "revision");
    Objects.requireNonNull(jumps, "jumps");
  }

  public ValidationOptions withRevision(Revision r) {
    return new ValidationOptions(r, acceptWarnings, jumps);
  }

  public ValidationOptions acceptingWarnings() {
    return new ValidationOptions(revision, true, jumps);
  }

  public ValidationOptions withJumps(JumpRule rule) {
    return new ValidationOptions(revision, acceptWarnings, rule);
  }
}
