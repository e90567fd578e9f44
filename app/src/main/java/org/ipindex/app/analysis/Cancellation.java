package org.ipindex.app.analysis;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A request to stop an analysis, e.g. from a Ctrl-C handler: runs under way finish, no new run
 * starts, and the analysis ends with {@link RunsInterrupted}. Thread-safe.
 */
public final class Cancellation {
  private final AtomicBoolean cancelled = new AtomicBoolean();

  /** Asks the analysis to stop. */
  public void cancel() {
    cancelled.set(true);
  }

  public boolean isCancelled() {
    return cancelled.get();
  }
}
