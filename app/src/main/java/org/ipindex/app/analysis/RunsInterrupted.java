package org.ipindex.app.analysis;

/**
 * Thrown when an analysis was cancelled before all its runs were done; the partial results are
 * discarded. The CLI prints the message and exits with 130.
 */
public final class RunsInterrupted extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int done;
  private final int total;

  public RunsInterrupted(int done, int total) {
    super("interrupted after %d of %d runs".formatted(done, total));
    this.done = done;
    this.total = total;
  }

  /** Returns the number of runs done before the analysis stopped. */
  public int done() {
    return done;
  }

  public int total() {
    return total;
  }
}
