package org.ipindex.store;

import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Problem;
import org.ipindex.core.model.ProblemCode;

/** The store cannot be opened: the database is unreachable, the URL or password is wrong, the file is not a store. */
public class StoreUnavailableException extends DataException {
  private static final long serialVersionUID = 1L;

  public StoreUnavailableException(String where, String message) {
    super(new Problem(ProblemCode.BAD_FILE, where, message));
  }

  static StoreUnavailableException of(String location, String reason) {
    return new StoreUnavailableException("", "cannot open the store %s: %s".formatted(location, reason));
  }
}
