package org.ipindex.app.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.ipindex.core.analysis.Runs;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Problem;

/**
 * Runs the runs of an analysis on a fixed pool of threads. Workers take the next run index from a
 * shared counter and store each result at its index, so the results are those of
 * {@link Runs#sequentially} whatever the number of threads (each run is deterministic).
 *
 * <p>Cancellation (or interruption of the calling thread) lets runs under way finish, starts no
 * new run and throws {@link RunsInterrupted}: partial results are never returned. A failing run
 * stops the others; a {@link DataException} is re-thrown with the run's number and choices added to
 * where each problem is.
 */
public final class ParallelRuns {
  private ParallelRuns() {}

  /** Returns the number of threads to use by default: one per available processor. */
  public static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * Runs every run and returns the results by index.
   *
   * @throws RunsInterrupted if cancelled or interrupted before every run was done
   * @throws DataException if a run fails on the data (the first failure)
   */
  public static <T> List<T> run(Runs<T> runs, int threads, RunProgress progress, Cancellation cancellation) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    int n = runs.count();
    Object[] results = new Object[n];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    int workers = Math.max(1, Math.min(threads, n));
    AtomicInteger names = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "ipindex-run-" + names.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        futures.add(pool.submit(() -> {
          while (!cancellation.isCancelled() && failure.get() == null && !Thread.currentThread().isInterrupted()) {
            int i = next.getAndIncrement();
            if (i >= n) {
              return;
            }
            try {
              results[i] = runs.run(i);
            } catch (RuntimeException e) {
              if (!cancellation.isCancelled()) {
                failure.compareAndSet(null, located(e, runs, i));
              }
              return;
            }
            progress.update(done.incrementAndGet(), n);
          }
        }));
      }
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (InterruptedException e) {
          cancellation.cancel();
          Thread.currentThread().interrupt();
          break;
        } catch (ExecutionException e) {
          throw new IllegalStateException("a run failed unexpectedly", e.getCause());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    if (failure.get() != null) {
      throw failure.get();
    }
    if (done.get() < n) {
      throw new RunsInterrupted(done.get(), n);
    }
    @SuppressWarnings("unchecked")
    List<T> out = (List<T>) Arrays.asList(results);
    return out;
  }

  private static RuntimeException located(RuntimeException e, Runs<?> runs, int index) {
    if (!(e instanceof DataException d)) {
      return e;
    }
    String choices = runs.describe(index);
    String run = "run " + (index + 1);
    List<Problem> located = new ArrayList<>();
    if (!choices.isEmpty()) {
      located.add(new Problem(d.problems().get(0).code(), run,
          "the method fails with these choices: " + choices + "; change the inputs of the spec so they combine"));
    }
    d.problems().forEach(p -> located.add(new Problem(p.code(), run + ": " + p.where(), p.message())));
    return new DataException(located);
  }
}
