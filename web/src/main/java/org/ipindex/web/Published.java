package org.ipindex.web;

import java.io.IOException;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentMap;
import org.ipindex.app.Bundled;
import org.ipindex.app.Evaluation;
import org.ipindex.app.ReleaseService;
import org.ipindex.app.StoreEvaluator;
import org.ipindex.store.Release;
import org.ipindex.store.Store;

/**
 * What the server publishes at one moment: the latest evaluations of both official frameworks on
 * the store's current data (every evaluation year the data allow), computed once, and the regions.
 * A write replaces the whole snapshot ({@link Site#refresh()}); readers keep the one they started
 * with. Releases never change, so their evaluations are cached across snapshots.
 */
final class Published {
  private final Store store;
  private final Places places;
  private final Map<String, NavigableMap<Integer, Scores>> latest;
  private final ConcurrentMap<String, Scores> releases;
  private final Instant computedAt;

  private Published(Store store, Places places, Map<String, NavigableMap<Integer, Scores>> latest,
      ConcurrentMap<String, Scores> releases, Instant computedAt) {
    this.store = store;
    this.places = places;
    this.latest = latest;
    this.releases = releases;
    this.computedAt = computedAt;
  }

  /** Evaluates the store's current data; {@code releases} is the cache of release evaluations to keep. */
  static Published compute(Store store, ConcurrentMap<String, Scores> releases) throws IOException {
    Map<String, NavigableMap<Integer, Scores>> latest = new LinkedHashMap<>();
    for (String framework : Bundled.EVALUATIONS) {
      NavigableMap<Integer, Scores> years = new TreeMap<>();
      for (Map.Entry<Integer, Evaluation> e : StoreEvaluator.everyYear(store, framework, Instant.MAX).entrySet()) {
        years.put(e.getKey(), Scores.latest(framework, e.getValue()));
      }
      latest.put(framework, Collections.unmodifiableNavigableMap(years));
    }
    return new Published(store, Places.of(store), Collections.unmodifiableMap(latest), releases, store.lastInstant());
  }

  Places places() {
    return places;
  }

  /** Returns the moment of the store the snapshot shows (the last batch or release before it). */
  Instant computedAt() {
    return computedAt;
  }

  /** Returns the official frameworks. */
  List<String> frameworks() {
    return List.copyOf(latest.keySet());
  }

  /**
   * Returns the latest evaluations of a framework, by evaluation year.
   *
   * @throws ApiException 404 for a framework that is not an official one
   */
  NavigableMap<Integer, Scores> evaluations(String framework) {
    NavigableMap<Integer, Scores> m = latest.get(framework);
    if (m == null) {
      throw ApiException.notFound("framework " + framework, "no framework '%s'".formatted(framework),
          "the frameworks are " + latest.keySet());
    }
    return m;
  }

  /**
   * Returns the latest evaluation of a framework for an evaluation year, or the newest one.
   *
   * @throws ApiException 404 for an unknown framework, a year without data, or a store without data
   */
  Scores scores(String framework, Integer evaluationYear) {
    NavigableMap<Integer, Scores> m = evaluations(framework);
    if (m.isEmpty()) {
      throw ApiException.notFound("framework " + framework,
          "the store holds no value of any indicator of '%s'".formatted(framework),
          "import data first (POST /api/imports, or `ipindex import`)");
    }
    if (evaluationYear == null) {
      return m.lastEntry().getValue();
    }
    Scores s = m.get(evaluationYear);
    if (s == null) {
      throw ApiException.notFound("year", "no %d evaluation of '%s'".formatted(evaluationYear, framework),
          "the evaluation years with data are " + m.keySet() + " (evaluation year = data year + 1)");
    }
    return s;
  }

  /**
   * Returns a release: its stored results, and its reproduction for flags and statistics.
   *
   * @throws ApiException 404 for a name that is no release
   */
  Scores release(String name) {
    Scores cached = releases.get(name);
    if (cached != null) {
      return cached;
    }
    Release release = store.releases().get(name).orElseThrow(() -> ApiException.notFound("release " + name,
        "no release named '%s'".formatted(name),
        "the releases are " + store.releases().list().stream().map(Release::name).toList()));
    ReleaseService.Check check = ReleaseService.reproduce(store, name);
    Scores s = Scores.release(release, check.evaluation(), store.releases().results(name), check.differences());
    releases.putIfAbsent(name, s);
    return releases.get(name);
  }
}
