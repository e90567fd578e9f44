package org.ipindex.app.analysis;

/** Hears how many runs are done; called from worker threads, so implementations must be thread-safe. */
@FunctionalInterface
public interface RunProgress {
  /** Reports nothing. */
  RunProgress NONE = (done, total) -> { };

  /** Called after each run with the number of runs done so far and the total. */
  void update(int done, int total);
}
