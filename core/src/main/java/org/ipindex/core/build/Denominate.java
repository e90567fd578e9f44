package org.ipindex.core.build;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Node;
import org.ipindex.core.model.Panel;
import org.ipindex.core.model.Problem;
import org.ipindex.core.model.ProblemCode;

/**
 * Divides indicators by a denominator series, e.g. invention patents by population.
 *
 * <pre>  x' = x / d × factor</pre>
 *
 * A missing or zero denominator gives a missing value (never a zero or infinity). Indicators without
 * a denominator are copied unchanged, with their flags.
 *
 * @param denominators indicator code → denominator series code; empty means "take them from the
 *     framework's {@code denominator} column"
 * @param factor the multiplier, e.g. 10000 for "per 10,000 people"
 */
public record Denominate(Map<String, String> denominators, double factor) implements Step {
  public Denominate {
    denominators = Collections.unmodifiableMap(new LinkedHashMap<>(denominators));
    if (!(Double.isFinite(factor) && factor != 0)) {
      throw new IllegalArgumentException("denominate needs a finite, non-zero factor, got " + factor);
    }
  }

  @Override
  public String verb() {
    return "denominate";
  }

  @Override
  public String output() {
    return "denominated";
  }

  @Override
  public StepSpec spec() {
    Map<String, Object> m = new LinkedHashMap<>();
    if (!denominators.isEmpty()) {
      m.put("denominators", denominators);
    }
    m.put("factor", factor);
    return new StepSpec(verb(), new Params("", m));
  }

  @Override
  public Outcome run(Build build) {
    Map<String, String> pairs = new LinkedHashMap<>(denominators);
    if (pairs.isEmpty()) {
      for (Node n : build.framework().indicators()) {
        if (n.denominator() != null && !n.denominator().isBlank()) {
          pairs.put(n.code(), n.denominator());
        }
      }
    }
    Panel in = build.current();
    Panel source = build.input();
    List<Problem> problems = new ArrayList<>();
    pairs.forEach((ind, den) -> {
      if (in.seriesIndex(ind) < 0) {
        problems.add(new Problem(ProblemCode.UNKNOWN_INDICATOR, "denominate",
            "'%s' is not an indicator of the data; remove it from the denominators".formatted(ind)));
      }
      if (source.seriesIndex(den) < 0) {
        problems.add(new Problem(ProblemCode.MISSING_DATA, "denominate",
            "denominator '%s' of '%s' is not in the data; add the series (e.g. a column '%s')"
                .formatted(den, ind, den)));
      }
    });
    if (!problems.isEmpty()) {
      throw new DataException(problems);
    }
    Panel.Builder out = in.toBuilder();
    int units = in.unitCount();
    for (Map.Entry<String, String> e : pairs.entrySet()) {
      int s = in.seriesIndex(e.getKey());
      int d = source.seriesIndex(e.getValue());
      for (int y = 0; y < in.yearCount(); y++) {
        int ys = source.yearIndex(in.year(y));
        for (int u = 0; u < units; u++) {
          int us = source.unitIndex(in.units().get(u));
          double den = ys < 0 || us < 0 ? Double.NaN : source.value(us, d, ys);
          double x = in.value(u, s, y);
          out.replaceValue(u, s, y, den == 0 || Double.isNaN(den) ? Double.NaN : x / den * factor);
        }
      }
    }
    return Outcome.dataset(out.build(),
        List.of("%d indicators divided by their denominators × %s".formatted(pairs.size(), fmt(factor))));
  }

  static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
