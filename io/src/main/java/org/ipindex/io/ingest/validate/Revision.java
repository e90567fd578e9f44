package org.ipindex.io.ingest.validate;

import java.util.Objects;

/**
 * Whether values that differ from the stored ones may replace them ({@code --revise --reason "…"}).
 *
 * @param allowed whether changed values are accepted
 * @param reason why, required when allowed; "" otherwise
 */
public record Revision(boolean allowed, String reason) {
  /** Changed values are errors. */
  public static final Revision NONE = new Revision(false, "");

  public Revision {
    Objects.requireNonNull(reason, "reason");
    if (allowed && reason.isBlank()) {
      throw new IllegalArgumentException("a revision needs a reason: --revise --reason \"…\"");
    }
    if (!allowed && !reason.isEmpty()) {
      throw new IllegalArgumentException("a reason is only given with --revise");
    }
  }

  /** Returns a revision with a reason. */
  public static Revision because(String reason) {
    return new Revision(true, reason);
  }
}
