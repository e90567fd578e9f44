package org.ipindex.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.ipindex.store.Store;

/**
 * The server's state shared by the routes: the store, the settings and the snapshot of what is
 * published, replaced after every write.
 */
final class Site {
  private final Store store;
  private final WebSettings settings;
  private final ConcurrentMap<String, Scores> releases = new ConcurrentHashMap<>();
  private volatile Published published;

  Site(Store store, WebSettings settings) {
    this.store = store;
    this.settings = settings;
    refresh();
  }

  Store store() {
    return store;
  }

  WebSettings settings() {
    return settings;
  }

  /** Returns the current snapshot. */
  Published published() {
    return published;
  }

  /** Evaluates the store's data again and publishes the result (after a write). */
  synchronized void refresh() {
    try {
      published = Published.compute(store, releases);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled frameworks and recipes", e);
    }
  }
}
