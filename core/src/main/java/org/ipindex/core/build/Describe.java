package org.ipindex.core.build;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a method record into the parameter map a recipe file would hold: component names in
 * snake_case, arrays as lists, NaN and null left out. Used so that a build made in code can be
 * written back as a recipe and replayed.
 */
public final class Describe {
  private Describe() {}

  /** Returns the parameters of a record, in declaration order; empty for a non-record. */
  public static Map<String, Object> params(Object method) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (method == null || !method.getClass().isRecord()) {
      return out;
    }
    for (RecordComponent c : method.getClass().getRecordComponents()) {
      Object v;
      try {
        v = c.getAccessor().invoke(method);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + c.getName() + " of " + method, e);
      }
      Object simple = simplify(v);
      if (simple != null) {
        out.put(snake(c.getName()), simple);
      }
    }
    return out;
  }

  private static Object simplify(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof Double d) {
      return d.isNaN() ? null : d;
    }
    if (v instanceof double[] a) {
      return Arrays.stream(a).boxed().toList();
    }
    if (v instanceof double[][] m) {
      return Arrays.stream(m).map(r -> Arrays.stream(r).boxed().toList()).toList();
    }
    if (v instanceof Enum<?> e) {
      return e.name().toLowerCase(java.util.Locale.ROOT);
    }
    if (v instanceof List<?> l) {
      return l.stream().map(Describe::simplify).toList();
    }
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> copy = new LinkedHashMap<>();
      m.forEach((k, x) -> copy.put(String.valueOf(k), simplify(x)));
      return copy;
    }
    if (v instanceof Number || v instanceof Boolean || v instanceof String) {
      return v;
    }
    return String.valueOf(v);
  }

  /** Returns {@code maxYears} as {@code max_years}. */
  public static String snake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }
}
