package org.ipindex.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Response bodies kept for repeated requests, least recently used first out once they hold more than a
 * number of bytes (raw and gzip together). A body is computed outside the lock; two requests racing for
 * the same new key may both compute it, and the answers are the same.
 */
final class ResponseCache {
  private final long maxBytes;
  private final LinkedHashMap<String, Reply.Body> bodies = new LinkedHashMap<>(64, 0.75f, true);
  private long bytes;

  ResponseCache(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** Returns the body kept under {@code key}, computing and keeping it (with its gzip form) when there is none. */
  Reply.Body get(String key, Supplier<byte[]> compute) {
    synchronized (this) {
      Reply.Body kept = bodies.get(key);
      if (kept != null) {
        return kept;
      }
    }
    Reply.Body made = Reply.Body.of(compute.get());
    synchronized (this) {
      Reply.Body before = bodies.put(key, made);
      bytes += size(made) - (before == null ? 0 : size(before));
      Iterator<Map.Entry<String, Reply.Body>> oldest = bodies.entrySet().iterator();
      while (bytes > maxBytes && oldest.hasNext()) {
        Map.Entry<String, Reply.Body> e = oldest.next();
        if (e.getValue() != made) {
          bytes -= size(e.getValue());
          oldest.remove();
        }
      }
    }
    return made;
  }

  /** Returns how many bytes are kept. */
  synchronized long bytes() {
    return bytes;
  }

  private static long size(Reply.Body b) {
    return (long) b.raw().length + b.gzip().length;
  }
}
