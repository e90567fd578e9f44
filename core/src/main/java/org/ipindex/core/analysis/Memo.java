package org.ipindex.core.analysis;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Remembers the values of a pure function, safely shared by threads: each key is computed once
 * (other threads asking for it wait), at most {@code capacity} keys are kept, and past that values
 * are computed without being kept. Because the function is pure, what is remembered never changes
 * a result, only how fast it comes; a failure is remembered like a value.
 */
final class Memo<K, V> {
  private final ConcurrentHashMap<K, FutureTask<V>> values = new ConcurrentHashMap<>();
  private final int capacity;

  Memo(int capacity) {
    this.capacity = capacity;
  }

  V get(K key, Supplier<V> compute) {
    FutureTask<V> task = values.get(key);
    if (task == null) {
      if (values.size() >= capacity) {
        return compute.get();
      }
      FutureTask<V> mine = new FutureTask<>(compute::get);
      task = values.putIfAbsent(key, mine);
      if (task == null) {
        task = mine;
        mine.run();
      }
    }
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
      throw new java.util.concurrent.CancellationException("interrupted while waiting for a shared computation");
    }
  }

  int size() {
    return values.size();
  }
}
