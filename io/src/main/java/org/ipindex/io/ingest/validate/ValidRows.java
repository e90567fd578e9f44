package org.ipindex.io.ingest.validate;

import java.util.List;
import org.ipindex.io.ingest.Location;
import org.ipindex.io.ingest.StagedRows;

/**
 * The values of a file resolved to catalogue codes and converted to each measure's unit, with how
 * each relates to the stored value: what a store writes. Stored by column (see {@link StagedRows});
 * immutable.
 */
public final class ValidRows {
  private final StagedRows staged;
  private final List<String> measureCodes;
  private final List<String> regionCodes;
  private final int[] source;
  private final int[] measure;
  private final int[] region;
  private final double[] value;
  private final byte[] change;
  private final double[] previous;

  ValidRows(StagedRows staged, List<String> measureCodes, List<String> regionCodes, int[] source, int[] measure,
      int[] region, double[] value, byte[] change, double[] previous) {
    this.staged = staged;
    this.measureCodes = List.copyOf(measureCodes);
    this.regionCodes = List.copyOf(regionCodes);
    this.source = source;
    this.measure = measure;
    this.region = region;
    this.value = value;
    this.change = change;
    this.previous = previous;
  }

  /** One value, as a record. */
  public record ValidRow(String measure, String region, int year, double value, Change change, double previous,
      Location where) {}

  /** Receives values one by one without records (for bulk writers). */
  @FunctionalInterface
  public interface Sink {
    void accept(String measure, String region, int year, double value, Change change, int stagedIndex);
  }

  public int size() {
    return source.length;
  }

  public String measure(int i) {
    return measureCodes.get(measure[i]);
  }

  public String region(int i) {
    return regionCodes.get(region[i]);
  }

  public int year(int i) {
    return staged.year(source[i]);
  }

  /** Returns the value in the measure's unit. */
  public double value(int i) {
    return value[i];
  }

  public Change change(int i) {
    return Change.values()[change[i]];
  }

  /** Returns the stored value a changed or unchanged value meets, NaN for a new one. */
  public double previous(int i) {
    return previous[i];
  }

  /** Returns the index of the value in the staged rows. */
  public int stagedIndex(int i) {
    return source[i];
  }

  public Location location(int i) {
    return staged.location(source[i]);
  }

  public ValidRow get(int i) {
    return new ValidRow(measure(i), region(i), year(i), value[i], change(i), previous[i], location(i));
  }

  /** Hands every value to a sink, in file order. */
  public void forEach(Sink sink) {
    for (int i = 0; i < source.length; i++) {
      sink.accept(measureCodes.get(measure[i]), regionCodes.get(region[i]), staged.year(source[i]), value[i],
          Change.values()[change[i]], source[i]);
    }
  }

  /** Counts the values with this change. */
  public int count(Change c) {
    int n = 0;
    for (byte b : change) {
      n += b == c.ordinal() ? 1 : 0;
    }
    return n;
  }
}
