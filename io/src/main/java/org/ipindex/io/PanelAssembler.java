package org.ipindex.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.ipindex.core.model.Panel;

/**
 * Gathers cells read from a data file and makes a {@link Panel}: units in order of first
 * appearance, series in the order registered, years ascending. Not thread-safe.
 */
final class PanelAssembler {
  private record Key(int unit, int series, int year) {}

  private record Cell(double value, int row) {}

  private final Map<String, Integer> units = new LinkedHashMap<>();
  private final Map<String, Integer> series = new LinkedHashMap<>();
  private final TreeSet<Integer> years = new TreeSet<>();
  private final Map<Key, Cell> cells = new HashMap<>();

  /** Registers a unit (once); returns its position. */
  int unit(String code) {
    return units.computeIfAbsent(code, k -> units.size());
  }

  /** Registers a series (once); returns its position. */
  int series(String code) {
    return series.computeIfAbsent(code, k -> series.size());
  }

  void year(int year) {
    years.add(year);
  }

  List<String> units() {
    return new ArrayList<>(units.keySet());
  }

  List<String> series() {
    return new ArrayList<>(series.keySet());
  }

  /**
   * Stores a value (NaN for missing) read from {@code row}.
   *
   * @return 0, or the row that already gave a value for the same unit, series and year (the
   *     earlier value is kept)
   */
  int put(String unitCode, String seriesCode, int year, double value, int row) {
    Key key = new Key(unit(unitCode), series(seriesCode), year);
    years.add(year);
    Cell before = cells.putIfAbsent(key, new Cell(value, row));
    return before == null ? 0 : before.row();
  }

  /** Returns a builder holding every value stored (not yet groupings or names). */
  Panel.Builder builder() {
    int[] ys = years.stream().mapToInt(Integer::intValue).toArray();
    Panel.Builder b = Panel.builder(units(), series(), ys);
    cells.forEach((k, c) -> b.set(k.unit(), k.series(), b.yearIndex(k.year()), c.value()));
    return b;
  }
}
