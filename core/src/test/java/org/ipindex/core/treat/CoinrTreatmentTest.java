package org.ipindex.core.treat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipindex.core.stat.Moments;
import org.ipindex.core.treat.LogTransform.Variant;
import org.ipindex.core.treat.TreatCsv.Table;
import org.ipindex.core.treat.Winsorise.Fallback;
import org.junit.jupiter.api.Test;

/**
 * Outlier treatment against COINr 1.1.14's own results (case 04 of the reference): the four small
 * vectors, and every indicator of the raw ASEM data treated column by column.
 *
 * <p>What the files show about COINr: it treats the raw values as they are, without applying the
 * indicator's direction (Tariff, direction −1, has its highest values winsorised: {@code winhi});
 * {@code winsorise.nwin} counts the distinct points winsorised and is reported even when the log
 * then replaces them; {@code check_SkewKurt1} is the test after winsorising and
 * {@code check_SkewKurt2} the test after the fallback.
 */
class CoinrTreatmentTest {
  private static final double TOLERANCE = 1e-9;
  private static final Table DATA = TreatCsv.coinr("data/ASEM_iData.csv");
  private static final Table META = TreatCsv.coinr("data/ASEM_iMeta.csv");

  // --- the four small vectors ---------------------------------------------------------------

  @Test
  void matches_coinr_on_the_small_vector_cases() {
    Table cases = TreatCsv.coinr("expected/04_treat_vector_cases.csv");
    assertThat(cases.rows()).hasSize(4);
    for (String[] r : cases.rows()) {
      String name = r[cases.column("case")];
      double[] x = TreatCsv.numbers(r[cases.column("input")]);
      SkewKurt sk = SkewKurt.of(x);
      close(name + " skew", Moments.skew(x), TreatCsv.number(r[cases.column("skew")]));
      close(name + " kurt", Moments.kurt(x), TreatCsv.number(r[cases.column("kurt")]));
      assertThat(sk.passes()).as(name + " pass").isEqualTo(Boolean.parseBoolean(r[cases.column("pass")]));

      Treatment w = Winsorise.defaults().apply(name, x);
      close(name + " winsorised", w.values(), TreatCsv.numbers(r[cases.column("winsorised")]));
      assertThat(w.details().winsorised()).as(name + " nwin")
          .isEqualTo(Integer.parseInt(r[cases.column("nwin")]));
      close(name + " skew_after", w.details().skewAfter(), TreatCsv.number(r[cases.column("skew_after")]));
      close(name + " kurt_after", w.details().kurtAfter(), TreatCsv.number(r[cases.column("kurt_after")]));

      close(name + " log_CT", new LogTransform(Variant.CT).apply(name, x).values(),
          TreatCsv.numbers(r[cases.column("log_CT")]));
      close(name + " log_CT_plus", new LogTransform(Variant.CT_PLUS).apply(name, x).values(),
          TreatCsv.numbers(r[cases.column("log_CT_plus")]));
      close(name + " log_CT_orig", new LogTransform(Variant.ORIG).apply(name, x).values(),
          TreatCsv.numbers(r[cases.column("log_CT_orig")]));
      close(name + " boxcox", new BoxCox(0.5, true).apply(name, x).values(),
          TreatCsv.numbers(r[cases.column("boxcox_l0.5")]));
    }
  }

  // --- raw ASEM data, defaults ----------------------------------------------------------------

  @Test
  void default_treatment_matches_coinr_treated_values() {
    assertTreated(Winsorise.defaults(), "04_treat_raw_default_Treated.csv");
  }

  @Test
  void default_treatment_matches_coinr_details() {
    assertDetails(Winsorise.defaults(), "04_treat_raw_default_details.csv");
  }

  @Test
  void default_treatment_marks_the_points_coinr_marks() {
    Table expected = TreatCsv.coinr("expected/04_treat_raw_default_points.csv");
    Map<String, String[]> byUnit = expected.byKey("uCode");
    Map<String, Treatment> treated = treatEach(Winsorise.defaults());
    List<String> units = units();
    int marked = 0;
    for (String code : indicators()) {
      int col = expected.column(code);
      String[] points = treated.get(code).points();
      for (int u = 0; u < units.size(); u++) {
        assertThat(points[u]).as(code + " " + units.get(u)).isEqualTo(byUnit.get(units.get(u))[col]);
        marked += points[u] == null ? 0 : 1;
      }
    }
    assertThat(marked).isEqualTo(30);
  }

  @Test
  void treats_raw_values_without_applying_the_direction() {
    // Tariff has direction −1, positive skew: COINr moves its three highest values down (winhi),
    // and the treated values stay on the raw scale.
    int col = DATA.column("Tariff");
    assertThat(META.byKey("iCode").get("Tariff")[META.column("Direction")]).isEqualTo("-1");
    Treatment t = treatEach(Winsorise.defaults()).get("Tariff");
    List<String> units = units();
    List<String> moved = new ArrayList<>();
    for (int u = 0; u < units.size(); u++) {
      if (t.points()[u] != null) {
        assertThat(t.points()[u]).isEqualTo("winhi");
        assertThat(t.values()[u]).isLessThan(TreatCsv.number(DATA.rows().get(u)[col]));
        moved.add(units.get(u));
      }
    }
    assertThat(moved).containsExactlyInAnyOrder("BGD", "KHM", "PAK");
  }

  // --- raw ASEM data, at most one point -------------------------------------------------------

  @Test
  void winmax1_matches_coinr_treated_values() {
    assertTreated(new Winsorise(1, 2, 3.5, Fallback.LOG, false), "04_treat_raw_winmax1_Treated.csv");
  }

  @Test
  void winmax1_matches_coinr_details() {
    assertDetails(new Winsorise(1, 2, 3.5, Fallback.LOG, false), "04_treat_raw_winmax1_details.csv");
  }

  @Test
  void winmax1_with_combine_matches_coinr_treated_values() {
    assertTreated(new Winsorise(1, 2, 3.5, Fallback.LOG, true), "04_treat_raw_winmax1_combine_Treated.csv");
  }

  @Test
  void winmax1_with_combine_matches_coinr_details() {
    assertDetails(new Winsorise(1, 2, 3.5, Fallback.LOG, true), "04_treat_raw_winmax1_combine_details.csv");
  }

  @Test
  void winmax1_with_the_plus_log_matches_coinr_treated_values() {
    assertTreated(new Winsorise(1, 2, 3.5, Fallback.LOG_PLUS, false),
        "04_treat_raw_winmax1_logCTplus_Treated.csv");
  }

  // --- helpers --------------------------------------------------------------------------------

  private static List<String> indicators() {
    List<String> codes = new ArrayList<>();
    for (String[] r : META.rows()) {
      if ("Indicator".equals(r[META.column("Type")])) {
        codes.add(r[META.column("iCode")]);
      }
    }
    assertThat(codes).hasSize(49);
    return codes;
  }

  private static List<String> units() {
    return DATA.rows().stream().map(r -> r[DATA.column("uCode")]).toList();
  }

  private static double[] column(String code) {
    int col = DATA.column(code);
    return DATA.rows().stream().mapToDouble(r -> TreatCsv.number(r[col])).toArray();
  }

  private static Map<String, Treatment> treatEach(Treater treater) {
    Map<String, Treatment> out = new LinkedHashMap<>();
    for (String code : indicators()) {
      out.put(code, treater.apply(code, column(code)));
    }
    return out;
  }

  private static void assertTreated(Treater treater, String file) {
    Table expected = TreatCsv.coinr("expected/" + file);
    Map<String, String[]> byUnit = expected.byKey("uCode");
    List<String> units = units();
    assertThat(byUnit.keySet()).containsExactlyInAnyOrderElementsOf(units);
    treatEach(treater).forEach((code, t) -> {
      int col = expected.column(code);
      for (int u = 0; u < units.size(); u++) {
        close(file + " " + code + " " + units.get(u), t.values()[u],
            TreatCsv.number(byUnit.get(units.get(u))[col]));
      }
    });
  }

  /**
   * Compares details: before-test and nwin; the test after winsorising (check_SkewKurt1) is ours
   * after when no fallback was needed, else that of the same method without fallback; the test
   * after the fallback (check_SkewKurt2) is ours after.
   */
  private static void assertDetails(Winsorise method, String file) {
    Table expected = TreatCsv.coinr("expected/" + file);
    Map<String, String[]> byCode = expected.byKey("iCode");
    Winsorise noFallback = new Winsorise(method.winmax(), method.skewLimit(), method.kurtLimit(),
        Fallback.NONE, method.combine());
    boolean hasStage2 = expected.header().contains("check_SkewKurt2.Pass");
    int fellBack = 0;
    for (String code : indicators()) {
      String[] r = byCode.get(code);
      String where = file + " " + code;
      TreatmentDetails d = method.apply(code, column(code)).details();
      assertThat(d.passedBefore()).as(where).isEqualTo(bool(r, expected, "check_SkewKurt0.Pass"));
      close(where + " skew0", d.skewBefore(), num(r, expected, "check_SkewKurt0.Skew"));
      close(where + " kurt0", d.kurtBefore(), num(r, expected, "check_SkewKurt0.Kurt"));
      String nwin = r[expected.column("winsorise.nwin")];
      if (nwin == null) {
        assertThat(d.winsorised()).as(where).isZero();
        assertThat(d.skewAfter()).as(where).isNaN();
        continue;
      }
      assertThat(d.winsorised()).as(where + " nwin").isEqualTo(Integer.parseInt(nwin));
      boolean stage2 = hasStage2 && r[expected.column("check_SkewKurt2.Pass")] != null;
      TreatmentDetails winsorised = stage2 ? noFallback.apply(code, column(code)).details() : d;
      assertThat(winsorised.passedAfter()).as(where).isEqualTo(bool(r, expected, "check_SkewKurt1.Pass"));
      close(where + " skew1", winsorised.skewAfter(), num(r, expected, "check_SkewKurt1.Skew"));
      close(where + " kurt1", winsorised.kurtAfter(), num(r, expected, "check_SkewKurt1.Kurt"));
      if (stage2) {
        fellBack++;
        assertThat(d.transform()).as(where).isEqualTo("log_CT");
        assertThat(d.passedAfter()).as(where).isEqualTo(bool(r, expected, "check_SkewKurt2.Pass"));
        close(where + " skew2", d.skewAfter(), num(r, expected, "check_SkewKurt2.Skew"));
        close(where + " kurt2", d.kurtAfter(), num(r, expected, "check_SkewKurt2.Kurt"));
      } else {
        assertThat(d.transform()).as(where).isEmpty();
      }
    }
    assertThat(fellBack).as(file + " indicators log-transformed").isEqualTo(hasStage2 ? 9 : 0);
  }

  private static boolean bool(String[] r, Table t, String column) {
    return Boolean.parseBoolean(r[t.column(column)].toLowerCase(java.util.Locale.ROOT));
  }

  private static double num(String[] r, Table t, String column) {
    return TreatCsv.number(r[t.column(column)]);
  }

  private static void close(String what, double[] actual, double[] expected) {
    assertThat(actual).as(what).hasSameSizeAs(expected);
    for (int i = 0; i < actual.length; i++) {
      close(what + " [" + i + "]", actual[i], expected[i]);
    }
  }

  private static void close(String what, double actual, double expected) {
    if (Double.isNaN(expected) || Double.isNaN(actual)) {
      if (Double.isNaN(expected) != Double.isNaN(actual)) {
        fail("%s: expected %s, got %s", what, expected, actual);
      }
      return;
    }
    if (Math.abs(actual - expected) > TOLERANCE * Math.abs(expected)) {
      fail("%s: expected %s, got %s (relative error %s)", what, expected, actual,
          Math.abs(actual - expected) / Math.abs(expected));
    }
  }
}
