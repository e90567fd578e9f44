package org.ipindex.core.treat;

/**
 * A transformation of a whole vector that reduces skew: used alone as a {@link Treater}, or as the
 * fallback of {@link Winsorise} when winsorising is not enough.
 */
sealed interface Transform permits LogTransform, BoxCox {
  /** Returns COINr's word for the transformation, used as point code and transform name. */
  String code();

  /** Returns whether the transformation is defined for these values (not modified). */
  boolean appliesTo(double[] values);

  /**
   * Returns the transformed values (a new array; NaN stays NaN). Call only when
   * {@link #appliesTo} holds.
   *
   * @param indicatorCode for messages
   */
  double[] transform(String indicatorCode, double[] values);

  /**
   * Returns the treatment of a transformation applied unconditionally: every present value gets
   * {@link #code()}; the pass flags use {@link SkewKurt#passes()}. Values the transformation is not
   * defined for are returned unchanged with no points and an empty transform name.
   */
  static Treatment treat(Transform t, String indicatorCode, double[] values) {
    SkewKurt before = SkewKurt.of(values);
    String[] points = new String[values.length];
    if (!t.appliesTo(values)) {
      return new Treatment(values.clone(), points, new TreatmentDetails(before.skew(), before.kurt(),
          before.passes(), 0, "", Double.NaN, Double.NaN, before.passes()));
    }
    double[] y = t.transform(indicatorCode, values);
    for (int i = 0; i < values.length; i++) {
      if (!Double.isNaN(values[i])) {
        points[i] = t.code();
      }
    }
    SkewKurt after = SkewKurt.of(y);
    return new Treatment(y, points, new TreatmentDetails(before.skew(), before.kurt(), before.passes(),
        0, t.code(), after.skew(), after.kurt(), after.passes()));
  }
}
