package org.ipindex.core.analysis;

import org.ipindex.core.build.Build;
import org.ipindex.core.model.Panel;
import org.ipindex.core.stat.Ranks;

/** What a run must give, computed the slow and obvious way: replay the variant and rank its index. */
final class Slow {
  private Slow() {}

  static RunOutcome outcome(Experiment e, Variant v) {
    Build b = v.replay(e.panel(), e.framework());
    Panel aggregated = b.results().scores();
    int units = aggregated.unitCount();
    int[] years = e.years();
    double[] scores = new double[years.length * units];
    double[] ranks = new double[scores.length];
    for (int y = 0; y < years.length; y++) {
      double[] s = aggregated.vector(aggregated.seriesIndex(e.target()), aggregated.yearIndex(years[y]));
      double[] r = Ranks.descending(s);
      System.arraycopy(s, 0, scores, y * units, units);
      System.arraycopy(r, 0, ranks, y * units, units);
    }
    return RunOutcome.of(scores, ranks);
  }
}
