package org.ipindex.io.ingest.derive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.ipindex.core.model.Panel;
import org.ipindex.io.ingest.validate.ValidRows;

/** Turns validated rows into a {@link Panel} of measures, the input of {@link org.ipindex.core.formula.Derivation}. */
public final class MeasurePanels {
  private MeasurePanels() {}

  /**
   * Returns a panel with the values of {@code rows}: units = region codes in order of first
   * appearance, series = measure codes in order of first appearance, years ascending; every value
   * observed. Later rows for the same cell replace earlier ones (validated rows have none).
   */
  public static Panel of(ValidRows rows) {
    Map<String, Integer> units = new LinkedHashMap<>();
    Map<String, Integer> series = new LinkedHashMap<>();
    TreeSet<Integer> years = new TreeSet<>();
    for (int i = 0; i < rows.size(); i++) {
      units.putIfAbsent(rows.region(i), units.size());
      series.putIfAbsent(rows.measure(i), series.size());
      years.add(rows.year(i));
    }
    int[] ys = years.stream().mapToInt(Integer::intValue).toArray();
    Panel.Builder b = Panel.builder(new ArrayList<>(units.keySet()), new ArrayList<>(series.keySet()), ys);
    for (int i = 0; i < rows.size(); i++) {
      b.set(units.get(rows.region(i)), series.get(rows.measure(i)), b.yearIndex(rows.year(i)), rows.value(i));
    }
    return b.build();
  }
}
