package org.ipindex.core.formula;

import org.ipindex.core.model.Panel;

/**
 * Derived indicators: a {@link Panel} (series = indicator codes) and the {@link Provenance} of every
 * cell, present or missing. Immutable.
 */
public final class Derived {
  private final Panel panel;
  private final Provenance[] provenance;

  Derived(Panel panel, Provenance[] provenance) {
    this.panel = panel;
    this.provenance = provenance;
  }

  /** Returns the derived values. */
  public Panel panel() {
    return panel;
  }

  /** Returns a derived value; NaN where missing or where unit, indicator or year is unknown. */
  public double value(String unit, String indicator, int year) {
    return panel.value(unit, indicator, year);
  }

  /**
   * Returns the provenance of one cell; {@link Provenance#NONE} for a unit, indicator or year this
   * derivation does not have.
   */
  public Provenance provenance(String unit, String indicator, int year) {
    int u = panel.unitIndex(unit);
    int s = panel.seriesIndex(indicator);
    int y = panel.yearIndex(year);
    if (u < 0 || s < 0 || y < 0) {
      return Provenance.NONE;
    }
    return provenance[(y * panel.seriesCount() + s) * panel.unitCount() + u];
  }
}
