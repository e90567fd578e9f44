package org.ipindex.store;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Problem;
import org.ipindex.core.model.ProblemCode;

/**
 * A write would change stored values but was not asked to revise them: nothing was written. The
 * message lists every such cell with the value stored and the value given.
 */
public final class RevisionNeededException extends DataException {
  private static final long serialVersionUID = 1L;
  private final transient List<ChangedValue> changes;

  /**
   * One value that differs from the stored one.
   *
   * @param measure the measure
   * @param region the region code
   * @param year the year
   * @param stored the current stored value
   * @param given the value given
   */
  public record ChangedValue(String measure, String region, int year, double stored, double given) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%s %s %d: stored %s, given %s", measure, region, year, text(stored), text(given));
    }
  }

  RevisionNeededException(List<ChangedValue> changes) {
    super(changes.stream().map(c -> new Problem(ProblemCode.BAD_VALUE, c.measure() + " " + c.region() + " " + c.year(),
        "stored %s, given %s".formatted(text(c.stored()), text(c.given())))).toList());
    this.changes = List.copyOf(changes);
  }

  /** Returns every changed value, ordered by measure, region and year. */
  public List<ChangedValue> changes() {
    return changes;
  }

  @Override
  public String getMessage() {
    return ("%d stored value%s would change; nothing was written. To store the new values as revisions, "
        + "import again with --revise --reason \"why\" (the history keeps the old ones):%n%s").formatted(
        changes.size(), changes.size() == 1 ? "" : "s",
        changes.stream().map(c -> "  - " + c).collect(Collectors.joining(System.lineSeparator())));
  }

  static String text(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
