package org.ipindex.core.build;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Node;

/**
 * A setting chosen per group of a framework: a group's own entry wins over its level's entry, which
 * wins over the fallback. This is how a recipe says "geometric for the sub-indices, arithmetic
 * elsewhere", or "framework weights for the pillars only" — per level as COINr does, and per group,
 * which COINr cannot.
 *
 * @param fallback the setting for every group without an entry
 * @param byLevel settings by the level of the group being computed (2 = parents of indicators)
 * @param byGroup settings by group code
 * @param <T> the setting
 */
public record PerGroup<T>(T fallback, Map<Integer, T> byLevel, Map<String, T> byGroup) {
  public PerGroup {
    Objects.requireNonNull(fallback, "fallback");
    byLevel = Collections.unmodifiableMap(new LinkedHashMap<>(byLevel));
    byGroup = Collections.unmodifiableMap(new LinkedHashMap<>(byGroup));
  }

  /** Returns the same setting for every group. */
  public static <T> PerGroup<T> of(T everywhere) {
    return new PerGroup<>(everywhere, Map.of(), Map.of());
  }

  /** Returns the setting for a group. */
  public T forGroup(Framework framework, Node group) {
    T g = byGroup.get(group.code());
    if (g != null) {
      return g;
    }
    T l = byLevel.get(framework.level(group.code()));
    return l != null ? l : fallback;
  }
}
