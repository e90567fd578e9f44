package org.ipindex.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query parameters of one request, read with checks: a wrong value is a 400 naming the
 * parameter, the value and what to write instead; an unknown parameter is refused too (a typo must
 * not silently return everything).
 */
final class Query {
  /** The formats of a table. */
  enum Format { JSON, CSV }

  private final Context ctx;

  Query(Context ctx, String... allowed) {
    this.ctx = ctx;
    Set<String> known = new TreeSet<>(Arrays.asList(allowed));
    for (String name : ctx.queryParamMap().keySet()) {
      if (!known.contains(name)) {
        throw ApiException.badParameter(name, "unknown parameter '%s'".formatted(name),
            known.isEmpty() ? "this request takes no parameters" : "the parameters here are " + known);
      }
    }
  }

  /** Returns the text of a parameter, or null when it is absent or blank. */
  String text(String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** Returns a whole number, or null when absent. */
  Integer integer(String name) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw ApiException.badParameter(name, "'%s' is not a whole number".formatted(v), "write e.g. %s=2025".formatted(name));
    }
  }

  /** Returns a number in [min, max], or the fallback when absent. */
  int integer(String name, int fallback, int min, int max) {
    Integer v = integer(name);
    if (v == null) {
      return fallback;
    }
    if (v < min || v > max) {
      throw ApiException.badParameter(name, "%d is outside %d–%d".formatted(v, min, max), "write a number from %d to %d".formatted(min, max));
    }
    return v;
  }

  /** Returns the values of a list parameter: comma-separated and/or repeated; empty when absent. */
  List<String> list(String name) {
    List<String> out = new ArrayList<>();
    for (String v : ctx.queryParams(name)) {
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }

  /** Returns a yes/no parameter: true, false, 1, 0, yes, no; the fallback when absent. */
  boolean flag(String name, boolean fallback) {
    String v = text(name);
    if (v == null) {
      return fallback;
    }
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw ApiException.badParameter(name, "'%s' is not true or false".formatted(v), "write %s=true or %s=false".formatted(name, name));
    };
  }

  /** Returns one of the given words, or the fallback when absent. */
  String choice(String name, String fallback, String... words) {
    String v = text(name);
    if (v == null) {
      return fallback;
    }
    for (String w : words) {
      if (w.equalsIgnoreCase(v)) {
        return w;
      }
    }
    throw ApiException.badParameter(name, "'%s' is not one of %s".formatted(v, Arrays.toString(words)),
        "write %s=%s".formatted(name, words[0]));
  }

  /** Returns the format asked for: {@code format=csv}, else JSON. */
  Format format() {
    return choice("format", "json", "json", "csv").equals("csv") ? Format.CSV : Format.JSON;
  }

  /** Returns the language of labels in downloads: {@code lang=en}, else Chinese. */
  String lang() {
    return choice("lang", "zh", "zh", "en");
  }
}
