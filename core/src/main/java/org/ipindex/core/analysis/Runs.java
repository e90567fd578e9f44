package org.ipindex.core.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * A fixed number of independent, deterministic runs: {@link #run(int)} gives the same result for
 * the same index whatever thread calls it and in whatever order, so runs may be spread over threads
 * and collected by index with results identical to {@link #sequentially}.
 *
 * @param <T> what a run gives
 */
public interface Runs<T> {
  /** Returns the number of runs. */
  int count();

  /** Runs run {@code index} (0-based). */
  T run(int index);

  /** Returns what run {@code index} varies, for messages (e.g. "normalisation=zscore, aggregation=geometric"). */
  default String describe(int index) {
    return "";
  }

  /** Runs every run in order on the calling thread. */
  static <T> List<T> sequentially(Runs<T> runs) {
    List<T> out = new ArrayList<>(runs.count());
    for (int i = 0; i < runs.count(); i++) {
      out.add(runs.run(i));
    }
    return out;
  }
}
