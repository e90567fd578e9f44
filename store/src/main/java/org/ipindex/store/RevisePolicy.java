package org.ipindex.store;

import java.util.Objects;

/**
 * What a write does with a value that differs from the stored one.
 *
 * @param revise whether changed values become new revisions; if false, any changed value refuses the whole write
 * @param reason why the values are revised (required when {@code revise}); stored with every new revision
 */
public record RevisePolicy(boolean revise, String reason) {
  /** Refuse the write if any value differs from the stored one (the default). */
  public static final RevisePolicy REFUSE = new RevisePolicy(false, null);

  public RevisePolicy {
    if (revise && (reason == null || reason.isBlank())) {
      throw new IllegalArgumentException("revising stored values needs a reason");
    }
    if (!revise && reason != null) {
      throw new IllegalArgumentException("a reason is only given when revising");
    }
  }

  /** Changed values become new revisions, each recorded with this reason. */
  public static RevisePolicy revise(String reason) {
    return new RevisePolicy(true, Objects.requireNonNull(reason, "reason"));
  }
}
