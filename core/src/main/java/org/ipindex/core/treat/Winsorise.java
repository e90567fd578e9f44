package org.ipindex.core.treat;

import java.util.Locale;
import org.ipindex.core.stat.Stats;

/**
 * Treats outliers as COINr's default {@code Treat} does: winsorise one step at a time until the
 * values pass the skew-kurtosis test ({@link SkewKurt}), and if {@code winmax} points are not
 * enough, transform the indicator instead.
 *
 * <pre>
 *  while not passing and nwin &lt; winmax:
 *    if skew ≥ 0:  every value equal to the maximum ← the largest value below it   ("winhi")
 *    else:         every value equal to the minimum ← the smallest value above it  ("winlo")
 *    nwin = |points at the last moved maximum| + |points at the last moved minimum|
 *  if still failing: apply the fallback to the original values (to the winsorised ones if combine)
 * </pre>
 *
 * <p>Details, exactly as COINr: the skew that picks the side is recomputed on the current values
 * at every step. Tied extreme values move together, and points moved in earlier steps, now equal to
 * the new extreme, move again; so {@code nwin} counts distinct points and may overshoot
 * {@code winmax} when a step moves several tied points. The values are never split by direction
 * (COINr treats the raw values; a negative-direction indicator with high outliers is winsorised
 * at the top like any other).
 *
 * <p>Points: {@code winhi}/{@code winlo} for moved values; when the fallback is applied, every
 * present value gets the fallback's word ({@code log_CT}, {@code log_CT_plus}, {@code log_CT_orig},
 * {@code boxcox}), joined to the winsorising word with "+" under {@code combine}
 * ({@code winhi+log_CT}). COINr instead keeps the discarded {@code winhi} marks without
 * {@code combine} and writes "+log_CT" for unmoved values.
 *
 * <p>{@link TreatmentDetails#winsorised()} is COINr's {@code nwin}: the points winsorised in the
 * first stage, even when the fallback then replaced them. Skew and kurtosis after are those of the
 * returned values (COINr's last {@code check_SkewKurt}); NaN when the values passed before.
 * NaN stays NaN and is skipped by every statistic; values whose skew or kurtosis is undefined
 * (fewer than four, or all equal) pass untouched.
 * Reference: COINr 1.1 {@code Treat} with {@code winsorise}, {@code check_SkewKurt},
 * {@code log_CT} (github.com/bluefoxr/COINr, R/treat.R); OECD/JRC Handbook on Constructing
 * Composite Indicators (2008).
 *
 * @param winmax most points to winsorise before falling back (COINr default 5); 0 goes straight
 *     to the fallback
 * @param skewLimit absolute skewness limit of the test ({@link SkewKurt#DEFAULT_SKEW_LIMIT})
 * @param kurtLimit kurtosis limit of the test ({@link SkewKurt#DEFAULT_KURT_LIMIT})
 * @param fallback the transform used when winsorising is not enough
 * @param lambda the Box-Cox λ for {@link Fallback#BOXCOX}; NaN for the other fallbacks
 * @param combine whether the fallback transforms the winsorised values instead of the original ones
 */
public record Winsorise(int winmax, double skewLimit, double kurtLimit, Fallback fallback,
    double lambda, boolean combine) implements Treater {

  /** COINr's default most points to winsorise. */
  public static final int DEFAULT_WINMAX = 5;

  /** What to do when winsorising {@code winmax} points does not make the values pass. */
  public enum Fallback {
    /** log(x − min + 0.01·range): {@link LogTransform.Variant#CT}, COINr's default. */
    LOG,
    /** The skew-aware log: {@link LogTransform.Variant#CT_PLUS}. */
    LOG_PLUS,
    /** log(x − min + 1): {@link LogTransform.Variant#ORIG}. */
    LOG_ORIG,
    /** {@link BoxCox} with the given λ, shifted to a minimum of 1. */
    BOXCOX,
    /** Keep the winsorised values, still failing. */
    NONE;

    /** Returns the fallback for its recipe name ({@code log}, {@code log_plus}, {@code log_orig}, {@code boxcox}, {@code none}). */
    public static Fallback parse(String name) {
      for (Fallback f : values()) {
        if (f.name().toLowerCase(Locale.ROOT).equals(name.trim().toLowerCase(Locale.ROOT))) {
          return f;
        }
      }
      throw new IllegalArgumentException(
          "fallback must be log, log_plus, log_orig, boxcox or none, got '%s'".formatted(name));
    }
  }

  public Winsorise {
    if (winmax < 0) {
      throw new IllegalArgumentException("winmax must be 0 or more, got " + winmax);
    }
    if (!(skewLimit > 0) || !Double.isFinite(skewLimit)) {
      throw new IllegalArgumentException("skew_limit must be a positive number, got " + skewLimit);
    }
    if (!Double.isFinite(kurtLimit)) {
      throw new IllegalArgumentException("kurt_limit must be a finite number, got " + kurtLimit);
    }
    if (fallback == null) {
      throw new IllegalArgumentException("Winsorise needs a fallback (use NONE for no transform)");
    }
    if (fallback == Fallback.BOXCOX && !Double.isFinite(lambda)) {
      throw new IllegalArgumentException("the boxcox fallback needs a finite lambda, got " + lambda);
    }
    if (fallback != Fallback.BOXCOX && !Double.isNaN(lambda)) {
      throw new IllegalArgumentException(
          "lambda applies only to the boxcox fallback, not to '%s'".formatted(
              fallback.name().toLowerCase(Locale.ROOT)));
    }
  }

  /** Returns the method with a fallback that takes no parameter (every one but {@link Fallback#BOXCOX}). */
  public Winsorise(int winmax, double skewLimit, double kurtLimit, Fallback fallback, boolean combine) {
    this(winmax, skewLimit, kurtLimit, fallback, Double.NaN, combine);
  }

  /** Returns COINr's defaults: 5 points, limits 2 and 3.5, log fallback on the original values. */
  public static Winsorise defaults() {
    return new Winsorise(DEFAULT_WINMAX, SkewKurt.DEFAULT_SKEW_LIMIT, SkewKurt.DEFAULT_KURT_LIMIT,
        Fallback.LOG, false);
  }

  @Override
  public String name() {
    return "winsorise";
  }

  @Override
  public Treatment apply(String indicatorCode, double[] values) {
    int n = values.length;
    double[] x = values.clone();
    String[] points = new String[n];
    SkewKurt before = SkewKurt.of(x);
    if (before.passes(skewLimit, kurtLimit)) {
      return new Treatment(x, points, new TreatmentDetails(before.skew(), before.kurt(), true, 0, "",
          Double.NaN, Double.NaN, true));
    }
    boolean[] high = new boolean[n];
    boolean[] low = new boolean[n];
    int highCount = 0;
    int lowCount = 0;
    SkewKurt now = before;
    boolean passing = false;
    while (!passing && highCount + lowCount < winmax) {
      if (now.skew() >= 0) {
        highCount = moveExtreme(x, high, true);
      } else {
        lowCount = moveExtreme(x, low, false);
      }
      now = SkewKurt.of(x);
      passing = now.passes(skewLimit, kurtLimit);
    }
    int nwin = highCount + lowCount;
    for (int i = 0; i < n; i++) {
      points[i] = low[i] ? "winlo" : high[i] ? "winhi" : null;
    }
    Transform t = transform();
    if (passing || t == null) {
      return new Treatment(x, points, new TreatmentDetails(before.skew(), before.kurt(), false, nwin,
          "", now.skew(), now.kurt(), passing));
    }
    double[] base = combine ? x : values;
    if (!t.appliesTo(base)) {
      return new Treatment(x, points, new TreatmentDetails(before.skew(), before.kurt(), false, nwin,
          "", now.skew(), now.kurt(), false));
    }
    double[] y = t.transform(indicatorCode, base);
    for (int i = 0; i < n; i++) {
      if (Double.isNaN(base[i])) {
        points[i] = null;
      } else {
        points[i] = combine && points[i] != null ? points[i] + "+" + t.code() : t.code();
      }
    }
    SkewKurt after = SkewKurt.of(y);
    return new Treatment(y, points, new TreatmentDetails(before.skew(), before.kurt(), false, nwin,
        t.code(), after.skew(), after.kurt(), after.passes(skewLimit, kurtLimit)));
  }

  /**
   * Sets every value equal to the current maximum (or minimum) to the nearest other value, marks
   * them in {@code moved}, and returns how many were moved in this step (COINr's
   * {@code length(imax)}).
   */
  private static int moveExtreme(double[] x, boolean[] moved, boolean top) {
    double extreme = top ? Stats.max(x) : Stats.min(x);
    double next = Double.NaN;
    for (double v : x) {
      if (!Double.isNaN(v) && v != extreme && (Double.isNaN(next) || (top ? v > next : v < next))) {
        next = v;
      }
    }
    int count = 0;
    for (int i = 0; i < x.length; i++) {
      if (x[i] == extreme) {
        x[i] = next;
        moved[i] = true;
        count++;
      }
    }
    return count;
  }

  private Transform transform() {
    return switch (fallback) {
      case LOG -> new LogTransform(LogTransform.Variant.CT);
      case LOG_PLUS -> new LogTransform(LogTransform.Variant.CT_PLUS);
      case LOG_ORIG -> new LogTransform(LogTransform.Variant.ORIG);
      case BOXCOX -> new BoxCox(lambda, true);
      case NONE -> null;
    };
  }
}
