/**
 * Weighting: methods that set the weights of a group's children, from the framework
 * ({@link org.ipindex.core.weight.FrameworkWeights}), from judgement
 * ({@link org.ipindex.core.weight.Ahp}) or from the data ({@link org.ipindex.core.weight.EntropyWeights},
 * {@link org.ipindex.core.weight.PcaWeights}). Start with {@link org.ipindex.core.weight.Weighter} and
 * the catalogue {@link org.ipindex.core.weight.Weighters}; the build steps that use them are
 * {@link org.ipindex.core.build.Weigh} and {@link org.ipindex.core.build.Aggregate}.
 */
package org.ipindex.core.weight;
