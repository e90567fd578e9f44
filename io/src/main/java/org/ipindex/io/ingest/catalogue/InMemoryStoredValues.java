package org.ipindex.io.ingest.catalogue;

import java.util.HashMap;
import java.util.Map;

/** Stored values kept in a map: for tests and dry runs without a store. Immutable. */
public final class InMemoryStoredValues implements StoredValues {
  private record Key(String measure, String region, int year) {}

  private final Map<Key, Double> values;

  private InMemoryStoredValues(Map<Key, Double> values) {
    this.values = Map.copyOf(values);
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public double value(String measure, String region, int year) {
    Double v = values.get(new Key(measure, region, year));
    return v == null ? Double.NaN : v;
  }

  /** Returns how many values are stored. */
  public int size() {
    return values.size();
  }

  /** Collects values; a later put for the same key replaces the earlier. */
  public static final class Builder {
    private final Map<Key, Double> values = new HashMap<>();

    public Builder put(String measure, String region, int year, double value) {
      values.put(new Key(measure, region, year), value);
      return this;
    }

    public InMemoryStoredValues build() {
      return new InMemoryStoredValues(values);
    }
  }
}
