package org.ipindex.io.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ipindex.core.model.DataException;

/**
 * Every issue found in one file, split into errors (the file is rejected) and warnings (stored only
 * with {@code --accept-warnings}), each in file order (by sheet, then row). Immutable.
 */
public final class Problems {
  private static final Comparator<Issue> FILE_ORDER = Comparator
      .comparing((Issue i) -> i.where().file())
      .thenComparing(i -> i.where().sheet())
      .thenComparingInt(i -> i.where().row());

  private final List<Issue> errors;
  private final List<Issue> warnings;

  private Problems(List<Issue> errors, List<Issue> warnings) {
    this.errors = errors;
    this.warnings = warnings;
  }

  /** Returns the problems among these issues, sorted in file order (stable within a row). */
  public static Problems of(List<Issue> issues) {
    List<Issue> e = new ArrayList<>();
    List<Issue> w = new ArrayList<>();
    for (Issue i : issues) {
      (i.severity() == Severity.ERROR ? e : w).add(i);
    }
    e.sort(FILE_ORDER);
    w.sort(FILE_ORDER);
    return new Problems(List.copyOf(e), List.copyOf(w));
  }

  /** Returns no problems. */
  public static Problems none() {
    return new Problems(List.of(), List.of());
  }

  public List<Issue> errors() {
    return errors;
  }

  public List<Issue> warnings() {
    return warnings;
  }

  /** Returns errors then warnings. */
  public List<Issue> all() {
    List<Issue> out = new ArrayList<>(errors);
    out.addAll(warnings);
    return out;
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  public boolean hasWarnings() {
    return !warnings.isEmpty();
  }

  public boolean isEmpty() {
    return errors.isEmpty() && warnings.isEmpty();
  }

  /** Returns these problems and {@code more}, in file order. */
  public Problems plus(List<Issue> more) {
    List<Issue> all = all();
    all.addAll(more);
    return of(all);
  }

  /**
   * Returns a {@link DataException} with the errors, and the warnings if {@code withWarnings}
   * (prefixed "warning: ").
   *
   * @throws IllegalStateException if there is nothing to report
   */
  public DataException toException(boolean withWarnings) {
    List<Issue> report = withWarnings ? all() : errors;
    if (report.isEmpty()) {
      throw new IllegalStateException("no problems to report");
    }
    return new DataException(report.stream().map(Issue::toProblem).toList());
  }

  @Override
  public String toString() {
    return "Problems[%d errors, %d warnings]".formatted(errors.size(), warnings.size());
  }
}
