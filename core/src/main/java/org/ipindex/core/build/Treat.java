package org.ipindex.core.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipindex.core.model.Flag;
import org.ipindex.core.model.Node;
import org.ipindex.core.model.Panel;
import org.ipindex.core.treat.Treater;
import org.ipindex.core.treat.Treatment;

/**
 * Treats outliers with a {@link Treater}, indicator by indicator, either each year on its own
 * ({@code pooled = false}, as COINr treats panels) or all years together; changed values are flagged
 * as treated.
 *
 * @param treater the method
 * @param pooled whether all years are treated as one sample
 */
public record Treat(Treater treater, boolean pooled) implements Step {
  @Override
  public String verb() {
    return "treat";
  }

  @Override
  public String output() {
    return "treated";
  }

  @Override
  public StepSpec spec() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("method", treater.name());
    m.putAll(Describe.params(treater));
    m.put("scope", pooled ? "pooled" : "per_year");
    return new StepSpec(verb(), new Params("", m));
  }

  @Override
  public Outcome run(Build build) {
    Panel in = build.current();
    Panel.Builder out = in.toBuilder();
    int units = in.unitCount();
    int yearCount = in.yearCount();
    Flag flag = Flag.treated(treater.name());
    List<String> notes = new ArrayList<>();
    int changed = 0;
    for (Node n : build.framework().indicators()) {
      int s = in.seriesIndex(n.code());
      if (s < 0) {
        continue;
      }
      int blocks = pooled ? 1 : yearCount;
      int per = pooled ? yearCount : 1;
      for (int b = 0; b < blocks; b++) {
        double[] x = new double[units * per];
        for (int k = 0; k < per; k++) {
          in.copyVectorInto(s, b + k, x, k * units);
        }
        Treatment t = treater.apply(n.code(), x);
        int points = 0;
        for (int k = 0; k < per; k++) {
          for (int u = 0; u < units; u++) {
            int i = k * units + u;
            double v = t.values()[i];
            if (t.points()[i] != null || Double.compare(v, x[i]) != 0) {
              out.set(u, s, b + k, v, Double.isNaN(v) ? Flag.MISSING : flag);
              points++;
            }
          }
        }
        if (points > 0) {
          changed += points;
          notes.add("%s%s: %d points treated%s".formatted(n.code(),
              pooled ? "" : " " + in.year(b), points,
              t.details().transform().isEmpty() ? "" : ", " + t.details().transform()));
        }
      }
    }
    notes.add(0, changed + " values treated by " + treater.name());
    return Outcome.dataset(out.build(), notes);
  }
}
