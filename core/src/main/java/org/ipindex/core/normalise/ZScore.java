package org.ipindex.core.normalise;

import org.ipindex.core.stat.Stats;

/**
 * Returns standardised scores with the requested mean and standard deviation.
 *
 * <pre>  score = mean + sd · (x − m) / s</pre>
 *
 * where m is the mean and s the <em>sample</em> standard deviation (denominator n − 1) of the
 * present values of {@link NormaliserInput#reference()}, as COINr's {@code n_zscore} and R's
 * {@code sd}. NaN stays NaN. Ties get equal scores. When s is 0 (all reference values equal) or
 * cannot be computed (fewer than two present reference values), every present value gets
 * {@code mean}: an indicator that does not discriminate counts as average.
 * Reference: OECD/JRC Handbook on Constructing Composite Indicators (2008), §1.5 (standardisation);
 * COINr {@code n_zscore}.
 *
 * @param mean the mean of the scores
 * @param sd the standard deviation of the scores; must be positive
 */
public record ZScore(double mean, double sd) implements Normaliser {
  /** The default mean, 0. */
  public static final double DEFAULT_MEAN = 0;
  /** The default standard deviation, 1. */
  public static final double DEFAULT_SD = 1;

  /**
   * @throws IllegalArgumentException if {@code mean} is not finite or {@code sd} is not finite and
   *     positive
   */
  public ZScore {
    if (!Double.isFinite(mean)) {
      throw new IllegalArgumentException("ZScore needs a finite mean, got %s".formatted(mean));
    }
    if (!(sd > 0 && Double.isFinite(sd))) {
      throw new IllegalArgumentException("ZScore needs a finite sd > 0, got %s".formatted(sd));
    }
  }

  @Override
  public String name() {
    return "zscore";
  }

  /** Returns the scores as a new array; the input arrays are not changed. */
  @Override
  public double[] apply(NormaliserInput input) {
    double m = Stats.mean(input.reference());
    double s = Stats.sd(input.reference());
    boolean flat = s == 0 || Double.isNaN(s);
    double[] x = input.values();
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      if (Double.isNaN(x[i])) {
        out[i] = Double.NaN;
      } else if (flat) {
        out[i] = mean;
      } else {
        // COINr's order of operations, so results match it to the last bit.
        out[i] = (x[i] - m) / s * sd + mean;
      }
    }
    return out;
  }
}
