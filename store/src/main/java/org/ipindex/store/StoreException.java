package org.ipindex.store;

/**
 * A database error the store did not expect (a bug, a broken connection, a full disk). Whatever
 * write was under way was rolled back. Bad input is a {@link org.ipindex.core.model.DataException}.
 */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
