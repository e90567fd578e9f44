package org.ipindex.core.build;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.ProblemCode;

/**
 * The parameters of one recipe step or method, as read from YAML, JSON, the CLI or the API, with
 * typed accessors whose errors name the step, the parameter, the value and what is expected.
 *
 * @param where where the parameters came from, e.g. {@code "recipe step 2 (normalise)"}
 * @param values parameter name to value (String, Number, Boolean, List or Map)
 */
public record Params(String where, Map<String, Object> values) {
  public Params {
    where = where == null ? "" : where;
    values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** Returns empty parameters. */
  public static Params none(String where) {
    return new Params(where, Map.of());
  }

  public boolean has(String name) {
    return values.containsKey(name) && values.get(name) != null;
  }

  /**
   * Rejects any parameter not in {@code allowed}.
   *
   * @throws DataException naming the unknown parameters and the allowed ones
   */
  public Params allowOnly(Collection<String> allowed) {
    Set<String> unknown = new TreeSet<>(values.keySet());
    unknown.removeAll(allowed);
    if (!unknown.isEmpty()) {
      throw bad("unknown parameter%s %s; allowed here: %s".formatted(unknown.size() > 1 ? "s" : "",
          unknown, new TreeSet<>(allowed)));
    }
    return this;
  }

  public String string(String name, String fallback) {
    Object v = values.get(name);
    return v == null ? fallback : String.valueOf(v);
  }

  public String requireString(String name) {
    Object v = values.get(name);
    if (v == null || String.valueOf(v).isBlank()) {
      throw bad("parameter '%s' is required".formatted(name));
    }
    return String.valueOf(v);
  }

  public double number(String name, double fallback) {
    Object v = values.get(name);
    if (v == null) {
      return fallback;
    }
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    try {
      return Double.parseDouble(String.valueOf(v).trim());
    } catch (NumberFormatException e) {
      throw bad("parameter '%s' must be a number, got '%s'".formatted(name, v));
    }
  }

  public double requireNumber(String name) {
    if (!has(name)) {
      throw bad("parameter '%s' is required (a number)".formatted(name));
    }
    return number(name, Double.NaN);
  }

  public int integer(String name, int fallback) {
    double d = number(name, fallback);
    if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
      throw bad("parameter '%s' must be a whole number, got '%s'".formatted(name, values.get(name)));
    }
    return (int) d;
  }

  public boolean bool(String name, boolean fallback) {
    Object v = values.get(name);
    if (v == null) {
      return fallback;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    String s = String.valueOf(v).trim().toLowerCase(Locale.ROOT);
    return switch (s) {
      case "true", "yes", "1" -> true;
      case "false", "no", "0" -> false;
      default -> throw bad("parameter '%s' must be true or false, got '%s'".formatted(name, v));
    };
  }

  /** Returns a list parameter as strings (a single value becomes a one-element list). */
  public List<String> strings(String name) {
    Object v = values.get(name);
    if (v == null) {
      return List.of();
    }
    if (v instanceof Collection<?> c) {
      return c.stream().map(String::valueOf).toList();
    }
    return List.of(String.valueOf(v));
  }

  /** Returns a list parameter as numbers. */
  public double[] numbers(String name) {
    Object v = values.get(name);
    if (v == null) {
      return new double[0];
    }
    List<Object> items = v instanceof Collection<?> c ? new ArrayList<>(c) : List.of(v);
    double[] out = new double[items.size()];
    for (int i = 0; i < out.length; i++) {
      Object o = items.get(i);
      try {
        out[i] = o instanceof Number n ? n.doubleValue() : Double.parseDouble(String.valueOf(o).trim());
      } catch (NumberFormatException e) {
        throw bad("parameter '%s' item %d must be a number, got '%s'".formatted(name, i + 1, o));
      }
    }
    return out;
  }

  /** Returns a nested map parameter as parameters of its own (empty if absent). */
  @SuppressWarnings("unchecked")
  public Params nested(String name) {
    Object v = values.get(name);
    if (v == null) {
      return new Params(where + " › " + name, Map.of());
    }
    if (!(v instanceof Map<?, ?> m)) {
      throw bad("parameter '%s' must be a mapping (key: value), got '%s'".formatted(name, v));
    }
    Map<String, Object> copy = new LinkedHashMap<>();
    m.forEach((k, x) -> copy.put(String.valueOf(k), x));
    return new Params(where + " › " + name, copy);
  }

  /** Returns these parameters without the named ones. */
  public Params without(String... names) {
    Map<String, Object> copy = new LinkedHashMap<>(values);
    for (String n : names) {
      copy.remove(n);
    }
    return new Params(where, copy);
  }

  /** Returns a DataException for a bad parameter here. */
  public DataException bad(String message) {
    return DataException.of(ProblemCode.BAD_PARAMETER, where, message);
  }
}
