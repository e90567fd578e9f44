package org.ipindex.core.analysis;

import java.util.List;
import java.util.Objects;

/**
 * One parameter of a step set to one of several values, e.g. the winsorisation limit
 * {@code winmax} to 1, 2, 3, 4 or 5, each equally likely.
 *
 * @param name the input's name
 * @param step the step whose parameter varies
 * @param parameter the parameter, e.g. {@code "winmax"}
 * @param values the values (numbers, text or booleans, as a recipe holds them; copied)
 */
public record ParameterValues(String name, StepRef step, String parameter, List<Object> values)
    implements UncertainInput {
  public ParameterValues {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(parameter, "parameter");
    if (values.isEmpty()) {
      throw new IllegalArgumentException("input '%s' needs at least one value".formatted(name));
    }
    values = List.copyOf(values);
  }

  @Override
  public String kind() {
    return "values";
  }
}
