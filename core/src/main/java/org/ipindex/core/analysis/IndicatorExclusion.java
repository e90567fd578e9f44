package org.ipindex.core.analysis;

import java.util.List;
import java.util.Objects;

/**
 * The inclusion of indicators: each run leaves out one of the given indicators, or none (k + 1
 * equally likely options). Leaving out an indicator removes it from the framework, so its siblings
 * share its weight, as re-building the index without it would.
 *
 * @param name the input's name
 * @param indicators the indicators that may be left out (copied)
 */
public record IndicatorExclusion(String name, List<String> indicators) implements UncertainInput {
  /** The label of the option that leaves nothing out. */
  public static final String NONE = "none";

  public IndicatorExclusion {
    Objects.requireNonNull(name, "name");
    indicators = List.copyOf(indicators);
    if (indicators.isEmpty()) {
      throw new IllegalArgumentException("input '%s' names no indicator to leave out".formatted(name));
    }
  }

  @Override
  public String kind() {
    return "exclude";
  }
}
