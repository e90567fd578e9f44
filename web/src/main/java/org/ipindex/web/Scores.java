package org.ipindex.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.ipindex.app.Evaluation;
import org.ipindex.core.model.Flag;
import org.ipindex.core.model.FlagKind;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Node;
import org.ipindex.core.model.Panel;
import org.ipindex.core.result.ResultRow;
import org.ipindex.core.result.Results;
import org.ipindex.store.Release;
import org.ipindex.store.ReleaseRow;

/**
 * One evaluation as the API serves it: the latest evaluation of the store's data, or a release. The
 * numbers of every unit, node and year (score, rank, change, change %, coverage) are the rows: a
 * release's rows as the store froze them, the latest evaluation's as computed. What the rows do not
 * hold (the flag of each value, the raw values, group statistics, strengths) comes from the
 * evaluation, which for a release is its reproduction ({@link org.ipindex.app.ReleaseService#reproduce}).
 *
 * <p>Immutable but for a bounded cache of response bodies ({@link ResponseCache}), filled on request.
 */
final class Scores {
  /** How many bytes of responses an evaluation keeps (about forty of its largest tables, raw and gzip). */
  static final long CACHE_BYTES = 32L * 1024 * 1024;

  private record Key(String unit, String code, int year) {}

  private final String framework;
  private final Release release;
  private final Evaluation evaluation;
  private final Map<Key, ReleaseRow> rows;
  private final List<String> notes;
  private final List<String> differences;
  private final ResponseCache cache = new ResponseCache(CACHE_BYTES);

  private Scores(String framework, Release release, Evaluation evaluation, List<ReleaseRow> rows, List<String> notes,
      List<String> differences) {
    this.framework = framework;
    this.release = release;
    this.evaluation = evaluation;
    Map<Key, ReleaseRow> m = new HashMap<>(rows.size() * 2);
    rows.forEach(r -> m.put(new Key(r.unit(), r.code(), r.year()), r));
    this.rows = m;
    this.notes = List.copyOf(notes);
    this.differences = List.copyOf(differences);
  }

  /** Returns the latest evaluation of an official framework. */
  static Scores latest(String framework, Evaluation e) {
    List<ReleaseRow> rows = new ArrayList<>();
    for (ResultRow r : e.results().rows()) {
      rows.add(new ReleaseRow(r.unitCode(), r.year(), r.code(), r.score(), r.rank(), r.change(), r.changePercent(),
          r.coverage()));
    }
    return new Scores(framework, null, e, rows, e.notes(), List.of());
  }

  /**
   * Returns a release: its stored rows, with its reproduction for everything else.
   *
   * @param differences what the reproduction found different from the stored rows (normally none)
   */
  static Scores release(Release release, Evaluation reproduced, List<ReleaseRow> stored, List<String> differences) {
    List<String> notes = new ArrayList<>();
    notes.add("release %s: data as of %s, created by %s; the numbers are the ones it froze".formatted(release.name(),
        release.asOf(), release.createdBy()));
    if (!differences.isEmpty()) {
      notes.add(("this release no longer reproduces exactly (%d differences, e.g. %s): the numbers are the stored ones; "
          + "flags, raw values and group statistics come from the re-evaluation").formatted(differences.size(),
          differences.get(0)));
    }
    return new Scores(release.frameworkName(), release, reproduced, stored, notes, differences);
  }

  /** Returns the framework's name: {@code national}, {@code regional}, or a release's framework name. */
  String frameworkName() {
    return framework;
  }

  /** Returns the release, or null for the latest evaluation. */
  Release release() {
    return release;
  }

  Evaluation evaluation() {
    return evaluation;
  }

  Results results() {
    return evaluation.results();
  }

  Framework framework() {
    return evaluation.results().framework();
  }

  int evaluationYear() {
    return evaluation.evaluationYear();
  }

  int dataYear() {
    return evaluation.dataYear();
  }

  /** Returns the data years in the evaluation, ascending. */
  int[] years() {
    return evaluation.results().years();
  }

  /** Returns the units, in the evaluation's order. */
  List<String> units() {
    return evaluation.results().units();
  }

  List<String> notes() {
    return notes;
  }

  /** Returns what a release's reproduction found different from its stored rows (empty: reproduced exactly). */
  List<String> differences() {
    return differences;
  }

  /** Returns the row of a unit, node and data year, or null when there is none. */
  ReleaseRow row(String unit, String code, int year) {
    return rows.get(new Key(unit, code, year));
  }

  double score(String unit, String code, int year) {
    ReleaseRow r = row(unit, code, year);
    return r == null ? Double.NaN : r.score();
  }

  double change(String unit, String code, int year) {
    ReleaseRow r = row(unit, code, year);
    return r == null ? Double.NaN : r.change();
  }

  /** Returns the flag of an indicator's value (observed, carried forward from a year, imputed, missing). */
  Flag flag(String unit, String code, int year) {
    Panel scores = results().scores();
    int u = scores.unitIndex(unit);
    int s = scores.seriesIndex(code);
    int y = scores.yearIndex(year);
    return u < 0 || s < 0 || y < 0 || !framework().isIndicator(code) ? Flag.MISSING : scores.flag(u, s, y);
  }

  /** Returns how many indicators under a node have a value carried forward, and how many an imputed one. */
  int[] estimated(String unit, String code, int year) {
    Panel scores = results().scores();
    int u = scores.unitIndex(unit);
    int y = scores.yearIndex(year);
    int[] counts = new int[2];
    if (u < 0 || y < 0) {
      return counts;
    }
    for (Node n : framework().indicatorsUnder(code)) {
      FlagKind k = scores.flagKind(u, scores.seriesIndex(n.code()), y);
      if (k == FlagKind.CARRIED_FORWARD) {
        counts[0]++;
      } else if (k == FlagKind.IMPUTED) {
        counts[1]++;
      }
    }
    return counts;
  }

  /** Returns an indicator's value as the data give it (before imputation), NaN when there is none. */
  double raw(String unit, String code, int year) {
    Panel raw = evaluation.build().dataset("raw");
    int u = raw.unitIndex(unit);
    int s = raw.seriesIndex(code);
    int y = raw.yearIndex(year);
    return u < 0 || s < 0 || y < 0 ? Double.NaN : raw.value(u, s, y);
  }

  /** Returns a response body kept for this evaluation, computing it (and its gzip form) on first use. */
  Reply.Body cached(String key, Supplier<byte[]> compute) {
    return cache.get(key, compute);
  }
}
