package org.ipindex.web;

import java.util.Objects;

/**
 * A user who may write, as the configuration names them.
 *
 * @param name the name recorded in the audit history (batches and releases)
 * @param role what the user may do
 */
public record User(String name, Role role) {
  public User {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
  }

  /** Returns how a write of this user is recorded as "who": {@code alice (web, analyst)}. */
  public String who() {
    return name + " (web, " + role.code() + ")";
  }
}
