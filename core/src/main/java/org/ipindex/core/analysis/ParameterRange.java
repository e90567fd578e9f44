package org.ipindex.core.analysis;

import java.util.Objects;

/**
 * One parameter of a step drawn uniformly from a range: {@code lower + u·(upper − lower)}, or with
 * {@code integers} each whole number of [lower, upper] equally likely (⌊lower + u·(upper − lower + 1)⌋).
 *
 * @param name the input's name
 * @param step the step whose parameter varies
 * @param parameter the parameter, e.g. {@code "p"} of the generalised mean
 * @param lower the lower end
 * @param upper the upper end, at least {@code lower}
 * @param integers whether only whole numbers are drawn
 */
public record ParameterRange(String name, StepRef step, String parameter, double lower, double upper, boolean integers)
    implements UncertainInput {
  public ParameterRange {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(parameter, "parameter");
    if (!(Double.isFinite(lower) && Double.isFinite(upper) && lower <= upper)) {
      throw new IllegalArgumentException(
          "input '%s' needs a range [lower, upper] with lower <= upper, got [%s, %s]".formatted(name, lower, upper));
    }
    if (integers && (lower != Math.rint(lower) || upper != Math.rint(upper))) {
      throw new IllegalArgumentException(
          "input '%s' draws whole numbers, so its range must have whole ends, got [%s, %s]".formatted(name, lower,
              upper));
    }
  }

  /** Returns the value for coordinate {@code u} in [0, 1). */
  public Object value(double u) {
    if (integers) {
      long k = (long) Math.floor(lower + u * (upper - lower + 1));
      return Math.min(k, (long) upper);
    }
    return lower + u * (upper - lower);
  }

  @Override
  public String kind() {
    return "range";
  }
}
