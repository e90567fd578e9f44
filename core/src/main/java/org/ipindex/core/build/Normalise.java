package org.ipindex.core.build;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Direction;
import org.ipindex.core.model.Node;
import org.ipindex.core.model.Panel;
import org.ipindex.core.model.ProblemCode;
import org.ipindex.core.normalise.Normaliser;
import org.ipindex.core.normalise.NormaliserInput;

/**
 * Normalises every indicator with a {@link Normaliser}, taking the method's parameters from the
 * {@link BoundsScope}. Indicators of direction −1 are negated first unless the method applies
 * direction itself, as COINr does. Flags are kept.
 *
 * @param normaliser the method
 * @param scope where min, max and the like are taken from
 */
public record Normalise(Normaliser normaliser, BoundsScope scope) implements Step {
  @Override
  public String verb() {
    return "normalise";
  }

  @Override
  public String output() {
    return "normalised";
  }

  @Override
  public StepSpec spec() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("method", normaliser.name());
    m.putAll(Describe.params(normaliser));
    m.put("bounds", scope.text());
    if (scope instanceof BoundsScope.Fixed f) {
      Map<String, Object> b = new LinkedHashMap<>();
      f.bounds().forEach((k, v) -> b.put(k, List.of(v[0], v[1])));
      m.put("fixed_bounds", b);
    }
    return new StepSpec(verb(), new Params("", m));
  }

  @Override
  public Outcome run(Build build) {
    Panel in = build.current();
    Panel.Builder out = in.toBuilder();
    int units = in.unitCount();
    int yearCount = in.yearCount();
    int baseYearPos = yearPosition(in, normaliser.baseYear(), "base year of " + normaliser.name());
    int refYearPos = scope instanceof BoundsScope.ReferenceYear r
        ? yearPosition(in, r.year(), "reference year of the bounds") : -1;
    for (Node n : build.framework().indicators()) {
      int s = in.seriesIndex(n.code());
      if (s < 0) {
        continue;
      }
      boolean negate = n.direction() == Direction.NEGATIVE && !normaliser.handlesDirection();
      double[][] byYear = new double[yearCount][];
      for (int y = 0; y < yearCount; y++) {
        byYear[y] = signed(in.vector(s, y), negate);
      }
      double[] pooled = null;
      if (scope instanceof BoundsScope.Pooled) {
        pooled = new double[units * yearCount];
        for (int y = 0; y < yearCount; y++) {
          System.arraycopy(byYear[y], 0, pooled, y * units, units);
        }
      }
      double[] fixed = null;
      if (scope instanceof BoundsScope.Fixed f) {
        double[] b = f.bounds().get(n.code());
        if (b == null) {
          throw DataException.of(ProblemCode.BAD_PARAMETER, "normalise",
              "bounds: fixed has no [lower, upper] for indicator '%s'; add it to fixed_bounds".formatted(n.code()));
        }
        fixed = negate ? new double[] {-b[1], -b[0]} : b.clone();
      }
      double[] base = baseYearPos < 0 ? null : in.vector(s, baseYearPos);
      // one reference for every year: let the method condense it once (e.g. to min and max)
      double[] shared = pooled != null ? pooled
          : fixed != null ? fixed
          : refYearPos >= 0 ? byYear[refYearPos]
          : null;
      if (shared != null) {
        shared = normaliser.condenseReference(shared);
      }
      for (int y = 0; y < yearCount; y++) {
        double[] reference = shared != null ? shared : byYear[y];
        double[] scores = normaliser.apply(
            new NormaliserInput(n.code(), byYear[y], reference, base, n.target(), n.direction()));
        out.replaceVector(s, y, scores);
      }
    }
    return Outcome.dataset(out.build(), List.of("normalised by %s, bounds %s".formatted(normaliser.name(), scope.text())));
  }

  private static int yearPosition(Panel in, int year, String what) {
    if (year == 0) {
      return -1;
    }
    int pos = in.yearIndex(year);
    if (pos < 0) {
      throw DataException.of(ProblemCode.MISSING_DATA, "normalise",
          "the %s, %d, is not in the data (years %s); add that year's data or choose another year"
              .formatted(what, year, java.util.Arrays.toString(in.years())));
    }
    return pos;
  }

  private static double[] signed(double[] v, boolean negate) {
    if (negate) {
      for (int i = 0; i < v.length; i++) {
        v[i] = -v[i];
      }
    }
    return v;
  }
}
