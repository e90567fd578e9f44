package org.ipindex.app;

import java.util.Arrays;
import org.ipindex.core.model.Panel;

/** Cuts a panel to the years up to a given year (what an evaluation of that year may see). */
final class PanelYears {
  private PanelYears() {}

  static Panel upTo(Panel panel, int lastYear) {
    int[] years = Arrays.stream(panel.years()).filter(y -> y <= lastYear).toArray();
    if (years.length == panel.yearCount()) {
      return panel;
    }
    Panel.Builder b = Panel.builder(panel.units(), panel.series(), years);
    for (int y = 0; y < years.length; y++) {
      for (int s = 0; s < panel.seriesCount(); s++) {
        for (int u = 0; u < panel.unitCount(); u++) {
          b.copyCell(panel, u, s, y, s);
        }
      }
    }
    panel.groupings().forEach(b::grouping);
    b.unitNames(panel.unitNames());
    return b.build();
  }
}
