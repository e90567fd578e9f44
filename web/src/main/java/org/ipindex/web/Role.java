package org.ipindex.web;

import io.javalin.security.RouteRole;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a user with a token may do. Reading is open to everyone without a token; a role adds rights
 * to the ones below it: a viewer reads the audit history and checks files (dry-run imports), an
 * analyst imports and revises statistics, an admin also creates releases.
 */
public enum Role implements RouteRole {
  VIEWER,
  ANALYST,
  ADMIN;

  /** Returns whether this role has the rights of {@code needed}. */
  public boolean covers(Role needed) {
    return compareTo(needed) >= 0;
  }

  /** Returns the role's name as written in the configuration: {@code analyst}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns the role written as {@code text} (any case), if it is one. */
  public static Optional<Role> of(String text) {
    return Arrays.stream(values()).filter(r -> r.code().equalsIgnoreCase(text.strip())).findFirst();
  }
}
