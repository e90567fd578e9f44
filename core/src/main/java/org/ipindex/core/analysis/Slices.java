package org.ipindex.core.analysis;

import org.ipindex.core.model.Panel;

/** Panels cut to some of their years. */
final class Slices {
  private Slices() {}

  /** Returns the panel with only the years at these positions (in this order, ascending), flags kept. */
  static Panel years(Panel p, int[] positions) {
    int[] years = new int[positions.length];
    for (int i = 0; i < positions.length; i++) {
      years[i] = p.year(positions[i]);
    }
    if (positions.length == p.yearCount()) {
      return p;
    }
    Panel.Builder b = Panel.builder(p.units(), p.series(), years).groupings(p.groupings()).unitNames(p.unitNames());
    for (int i = 0; i < positions.length; i++) {
      for (int s = 0; s < p.seriesCount(); s++) {
        for (int u = 0; u < p.unitCount(); u++) {
          b.set(u, s, i, p.value(u, s, positions[i]), p.flag(u, s, positions[i]));
        }
      }
    }
    return b.build();
  }

  /** Returns 0, 1, …, n − 1. */
  static int[] identity(int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    return a;
  }
}
