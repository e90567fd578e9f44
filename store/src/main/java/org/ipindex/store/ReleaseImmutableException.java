package org.ipindex.store;

import org.ipindex.core.model.DataException;
import org.ipindex.core.model.ProblemCode;

/** An attempt to change a release, or a release found changed in the database: releases are immutable. */
public final class ReleaseImmutableException extends DataException {
  private static final long serialVersionUID = 1L;

  ReleaseImmutableException(String release, String message) {
    super(new org.ipindex.core.model.Problem(ProblemCode.BAD_PARAMETER, "release " + release, message));
  }

  static ReleaseImmutableException exists(String release) {
    return new ReleaseImmutableException(release, ("release '%s' already exists and releases are immutable: it cannot "
        + "be changed, replaced or deleted; create a new release under another name (e.g. '%s-r2')").formatted(release, release));
  }

  static ReleaseImmutableException tampered(String release) {
    return new ReleaseImmutableException(release, ("release '%s' was changed in the database after it was created "
        + "(its content no longer matches its SHA-256); releases are immutable: restore the database from a backup")
        .formatted(release));
  }
}
