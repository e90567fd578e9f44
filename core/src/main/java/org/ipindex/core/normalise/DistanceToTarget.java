package org.ipindex.core.normalise;

import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Direction;
import org.ipindex.core.model.ProblemCode;
import org.ipindex.core.stat.Stats;

/**
 * Returns how far each value has come from the worst reference value towards the indicator's
 * target: 0 at the worst value, 1 at the target.
 *
 * <pre>
 *  direction +1:  score = (x − min) / (target − min)
 *  direction −1:  score = (max − x) / (max − target)
 *  cap:           score = min(score, 1)</pre>
 *
 * The target is the indicator's own ({@link NormaliserInput#target()}); min and max come from
 * {@link NormaliserInput#reference()}. The method applies direction itself, so values, reference
 * and target all arrive un-negated. Values past the target score above 1 unless {@code cap}; values
 * worse than the worst reference value (possible with a reference year or fixed bounds) score below
 * 0 and are not floored. NaN stays NaN; ties get equal scores; a reference with no present value
 * gives NaN.
 *
 * <p>When every reference value has already reached the target (target ≤ min for direction +1,
 * target ≥ max for −1) the distance from the worst value to the target is zero or negative and the
 * formula is meaningless (COINr warns and returns negative or infinite scores). Then each present
 * value that has reached the target scores 1 and any other scores 0.
 *
 * <p>Reference: COINr {@code n_dist2targ} (the {@code direction} form of COINr 1.1); OECD/JRC
 * Handbook on Constructing Composite Indicators (2008), §1.5 (distance to a reference).
 *
 * @param cap whether scores past the target are capped at 1 (COINr's {@code cap_max})
 */
public record DistanceToTarget(boolean cap) implements Normaliser {
  /** By default scores are capped at 1: going beyond the target earns nothing more. */
  public static final boolean DEFAULT_CAP = true;

  @Override
  public String name() {
    return "distance_to_target";
  }

  @Override
  public boolean handlesDirection() {
    return true;
  }

  /**
   * Returns the scores as a new array; the input arrays are not changed.
   *
   * @throws DataException with {@link ProblemCode#MISSING_DATA} if the indicator has no target
   */
  @Override
  public double[] apply(NormaliserInput input) {
    double target = input.target();
    if (Double.isNaN(target)) {
      throw DataException.of(ProblemCode.MISSING_DATA, "normalise",
          ("distance_to_target needs a target for indicator '%s', but it has none; add a target to"
              + " that indicator in the framework or choose another normalisation method")
              .formatted(input.indicatorCode()));
    }
    boolean negative = input.direction() == Direction.NEGATIVE;
    double worst = negative ? Stats.max(input.reference()) : Stats.min(input.reference());
    double distance = negative ? worst - target : target - worst;
    double[] x = input.values();
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      if (Double.isNaN(x[i]) || Double.isNaN(worst)) {
        out[i] = Double.NaN;
      } else if (distance <= 0) {
        boolean reached = negative ? x[i] <= target : x[i] >= target;
        out[i] = reached ? 1 : 0;
      } else {
        double score = negative ? (worst - x[i]) / distance : (x[i] - worst) / distance;
        out[i] = cap && score > 1 ? 1 : score;
      }
    }
    return out;
  }
}
