package org.ipindex.core.analysis;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Remembers the values of a pure function, safely shared by threads: each key is computed once
 * (other threads asking for it wait) and kept while the memo holds fewer than {@code maxEntries}
 * keys and less than {@code maxWeight} in total (e.g. panel cells); past that, values are computed
 * without being kept. Because the function is pure, what is remembered never changes a result, only
 * how fast it comes; a failure is remembered like a value.
 */
final class Memo<K, V> {
  private final ConcurrentHashMap<K, FutureTask<V>> values = new ConcurrentHashMap<>();
  private final int maxEntries;
  private final long maxWeight;
  private final ToLongFunction<V> weigher;
  private final AtomicLong weight = new AtomicLong();

  Memo(int maxEntries, long maxWeight, ToLongFunction<V> weigher) {
    this.maxEntries = maxEntries;
    this.maxWeight = maxWeight;
    this.weigher = weigher;
  }

  V get(K key, Supplier<V> compute) {
    FutureTask<V> task = values.get(key);
    if (task == null) {
      if (values.size() >= maxEntries || weight.get() >= maxWeight) {
        return compute.get();
      }
      FutureTask<V> mine = new FutureTask<>(compute::get);
      task = values.putIfAbsent(key, mine);
      if (task == null) {
        task = mine;
        mine.run();
        keepIfRoom(key, mine);
      }
    }
    return value(task);
  }

  private void keepIfRoom(K key, FutureTask<V> task) {
    if (!task.isDone()) {
      return;
    }
    long w;
    try {
      w = weigher.applyAsLong(task.get());
    } catch (ExecutionException | InterruptedException | CancellationException e) {
      return;
    }
    if (weight.addAndGet(w) > maxWeight) {
      values.remove(key, task);
      weight.addAndGet(-w);
    }
  }

  private static <V> V value(FutureTask<V> task) {
    try {
      return task.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting for a shared computation");
    }
  }
}
