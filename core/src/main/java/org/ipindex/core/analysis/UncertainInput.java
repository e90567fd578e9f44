package org.ipindex.core.analysis;

/**
 * One uncertain input of a robustness analysis: a choice of the method that the analysis samples
 * instead of fixing it. Each kind says which part of the recipe (or framework) it varies and how a
 * point of the unit hypercube picks a value:
 *
 * <ul>
 *   <li>{@link StepAlternatives} — a step replaced by one of several alternatives (normalisation or
 *       aggregation method, weighting method…);
 *   <li>{@link ParameterValues}, {@link ParameterRange} — one parameter of a step, from a list or a
 *       range (winsorisation {@code winmax}, carry-forward {@code max_years}, generalised mean {@code p}…);
 *   <li>{@link WeightNoise} — the nominal weights of some nodes, each multiplied by 1 ± noise;
 *   <li>{@link WeightSets} — one of several given weight sets;
 *   <li>{@link IndicatorExclusion} — one indicator left out, or none.
 * </ul>
 *
 * A discrete input with k options takes option ⌊u·k⌋ for its coordinate u in [0, 1); a continuous
 * one maps u linearly onto its range. Inputs are values: records of their parameters.
 */
public sealed interface UncertainInput
    permits StepAlternatives, ParameterValues, ParameterRange, WeightNoise, WeightSets, IndicatorExclusion {

  /** Returns the name the analysis reports the input under, e.g. {@code "normalisation"}. */
  String name();

  /** Returns the kind as written in a spec file, e.g. {@code "alternatives"}. */
  String kind();
}
