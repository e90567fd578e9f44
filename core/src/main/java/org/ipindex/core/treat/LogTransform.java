package org.ipindex.core.treat;

import java.util.Locale;
import org.ipindex.core.stat.Moments;
import org.ipindex.core.stat.Stats;

/**
 * Log-transforms every value of an indicator after shifting it so that the minimum maps to a small
 * positive number; the COIN Tool's transforms as COINr implements them.
 *
 * <pre>
 *  a = 0.01 · (max − min)
 *  CT       log(x − min + a)                                   COINr log_CT
 *  CT_PLUS  log(x − min + a)    if skew ≥ 0                    COINr log_CT_plus
 *           −log(max + a − x)   if skew &lt; 0 (mirrored, so high values stay high)
 *  ORIG     log(x − min + 1)                                   COINr log_CT_orig
 * </pre>
 *
 * <p>The order of values is kept. NaN stays NaN and is ignored for min, max and skew. For
 * {@code CT} and {@code CT_PLUS} a vector with zero range (or no values) is returned unchanged,
 * since every value would map to −∞; {@code ORIG} maps a constant vector to zeros. With fewer than
 * three values the skew is undefined and {@code CT_PLUS} acts as {@code CT}. Every present value
 * is marked with the variant's COINr word ({@code log_CT}, {@code log_CT_plus}, {@code log_CT_orig}).
 * Reference: COINr 1.1 {@code log_CT}, {@code log_CT_plus}, {@code log_CT_orig}; JRC COIN Tool.
 *
 * @param variant which shift (and, for {@code CT_PLUS}, which side) to use
 */
public record LogTransform(Variant variant) implements Treater, Transform {
  /** The log transforms of the COIN Tool. */
  public enum Variant {
    /** log(x − min + 0.01·range). */
    CT("log_CT"),
    /** As {@link #CT} for skew ≥ 0, mirrored −log(max + 0.01·range − x) for negative skew. */
    CT_PLUS("log_CT_plus"),
    /** log(x − min + 1). */
    ORIG("log_CT_orig");

    private final String code;

    Variant(String code) {
      this.code = code;
    }

    /** Returns the variant for its recipe name ({@code ct}, {@code ct_plus}, {@code orig}). */
    public static Variant parse(String name) {
      for (Variant v : values()) {
        if (v.name().toLowerCase(Locale.ROOT).equals(name.trim().toLowerCase(Locale.ROOT))) {
          return v;
        }
      }
      throw new IllegalArgumentException(
          "log variant must be ct, ct_plus or orig, got '%s'".formatted(name));
    }
  }

  public LogTransform {
    if (variant == null) {
      throw new IllegalArgumentException("LogTransform needs a variant (CT, CT_PLUS or ORIG)");
    }
  }

  @Override
  public String name() {
    return "log";
  }

  @Override
  public String code() {
    return variant.code;
  }

  @Override
  public Treatment apply(String indicatorCode, double[] values) {
    return Transform.treat(this, indicatorCode, values);
  }

  @Override
  public boolean appliesTo(double[] values) {
    double range = Stats.max(values) - Stats.min(values);
    return variant == Variant.ORIG ? !Double.isNaN(range) : range > 0;
  }

  @Override
  public double[] transform(String indicatorCode, double[] x) {
    double min = Stats.min(x);
    double max = Stats.max(x);
    double a = variant == Variant.ORIG ? 1 : 0.01 * (max - min);
    boolean mirrored = variant == Variant.CT_PLUS && Moments.skew(x) < 0;
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = mirrored ? -Math.log(max + a - x[i]) : Math.log(x[i] - min + a);
    }
    return out;
  }
}
