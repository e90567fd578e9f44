package org.ipindex.core.build;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.ProblemCode;

/**
 * A catalogue of methods of one family (normalisers, imputers…) by stable name. Each entry turns
 * recipe parameters into the method's record. Registration is explicit; nothing scans the classpath.
 *
 * @param <T> the method family
 */
public final class Catalogue<T> {
  private final String family;
  private final Map<String, Function<Params, T>> entries = new TreeMap<>();

  /** Returns an empty catalogue; {@code family} names it in messages, e.g. "normalisation". */
  public Catalogue(String family) {
    this.family = family;
  }

  /** Adds a method; returns this catalogue. */
  public Catalogue<T> register(String name, Function<Params, T> factory) {
    if (entries.putIfAbsent(name, factory) != null) {
      throw new IllegalStateException(family + " method registered twice: " + name);
    }
    return this;
  }

  /** Returns the names, sorted. */
  public List<String> names() {
    return List.copyOf(entries.keySet());
  }

  /**
   * Returns the method with this name built from its parameters.
   *
   * @throws DataException for an unknown name or bad parameters, naming where they came from
   */
  public T create(String name, Params params) {
    Function<Params, T> f = entries.get(name);
    if (f == null) {
      throw DataException.of(ProblemCode.UNKNOWN_METHOD, params.where(),
          "unknown %s method '%s'; known: %s".formatted(family, name, names()));
    }
    try {
      return f.apply(params);
    } catch (IllegalArgumentException e) {
      throw params.bad(e.getMessage());
    }
  }
}
