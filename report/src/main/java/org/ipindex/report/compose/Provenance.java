package org.ipindex.report.compose;

import java.util.ArrayList;
import java.util.List;
import org.ipindex.core.build.LogEntry;
import org.ipindex.core.model.Flag;
import org.ipindex.core.model.FlagKind;
import org.ipindex.core.model.Node;
import org.ipindex.core.model.Panel;
import org.ipindex.report.source.IndexRelease;

/**
 * The values of a release that were not observed in their year: carried forward from an earlier
 * year (with that year) or imputed (with the method), read from the flags the build keeps.
 */
final class Provenance {
  private Provenance() {}

  /**
   * One value filled in.
   *
   * @param unit the unit
   * @param indicator the indicator
   * @param year the data year it stands for
   * @param flag how it was filled (source year or method)
   * @param value the value used (raw, before normalisation)
   */
  record Filled(String unit, String indicator, int year, Flag flag, double value) {}

  /** Returns the filled values of the indicators under {@code code} for one unit and year, in framework order. */
  static List<Filled> under(IndexRelease r, String unit, String code, int year) {
    Panel scores = r.results().scores();
    int u = scores.unitIndex(unit);
    int y = scores.yearIndex(year);
    List<Filled> out = new ArrayList<>();
    if (u < 0 || y < 0) {
      return out;
    }
    Panel filled = imputed(r);
    for (Node n : r.framework().indicatorsUnder(code)) {
      add(out, r, scores, filled, u, scores.seriesIndex(n.code()), y);
    }
    return out;
  }

  /** Returns every filled value of the release, by year, indicator and unit. */
  static List<Filled> all(IndexRelease r) {
    Panel scores = r.results().scores();
    Panel filled = imputed(r);
    List<Filled> out = new ArrayList<>();
    for (int y = 0; y < scores.yearCount(); y++) {
      for (Node n : r.framework().indicators()) {
        int s = scores.seriesIndex(n.code());
        for (int u = 0; u < scores.unitCount(); u++) {
          add(out, r, scores, filled, u, s, y);
        }
      }
    }
    return out;
  }

  private static void add(List<Filled> out, IndexRelease r, Panel scores, Panel filled, int u, int s, int y) {
    FlagKind k = scores.flagKind(u, s, y);
    if (k != FlagKind.CARRIED_FORWARD && k != FlagKind.IMPUTED) {
      return;
    }
    String unit = scores.units().get(u);
    String code = scores.series().get(s);
    int year = scores.year(y);
    double value = filled == null ? Double.NaN : filled.value(unit, code, year);
    out.add(new Filled(unit, code, year, scores.flag(u, s, y), value));
  }

  /** Returns the dataset of the last impute step (raw values filled in), or null without one. */
  private static Panel imputed(IndexRelease r) {
    Panel out = null;
    for (LogEntry e : r.evaluation().build().log()) {
      if (e.spec().verb().equals("impute") && !e.dataset().isEmpty()) {
        out = r.evaluation().build().dataset(e.dataset());
      }
    }
    return out;
  }

  /** Returns how a value was filled: "沿用2022年数据" / "carried forward from 2022", "按linear方法插补" / "imputed by linear". */
  static String how(Words w, Flag f) {
    return f.kind() == FlagKind.CARRIED_FORWARD
        ? w.t("沿用" + f.sourceYear() + "年数据", "carried forward from " + f.sourceYear())
        : w.t("按" + f.method() + "方法插补", "imputed by " + f.method());
  }

  /** Returns the short form for a table cell: "沿用2022年" / "from 2022", "插补（linear）" / "imputed (linear)". */
  static String source(Words w, Flag f) {
    return f.kind() == FlagKind.CARRIED_FORWARD
        ? w.t("沿用" + f.sourceYear() + "年", "from " + f.sourceYear())
        : w.t("插补（" + f.method() + "）", "imputed (" + f.method() + ")");
  }

  /**
   * Returns a footnote naming the filled values ("以下指标沿用此前年份数据：发明专利平均审查周期（沿用2022年数据）"),
   * or "" when there are none.
   */
  static String note(Words w, IndexRelease r, List<Filled> filled) {
    if (filled.isEmpty()) {
      return "";
    }
    List<String> items = new ArrayList<>();
    for (Filled f : filled) {
      Node n = r.framework().node(f.indicator());
      items.add(w.t(n.label() + "（" + how(w, f.flag()) + "）", name(n, w) + " (" + how(w, f.flag()) + ")"));
    }
    return w.t("该得分所用数据中有" + filled.size() + "个值不是当年观测值：" + w.series(items) + "。",
        filled.size() + (filled.size() == 1 ? " value behind this score was" : " values behind this score were")
            + " not observed in the year: " + String.join("; ", items) + ".");
  }

  /**
   * Returns a footnote counting the filled values under a node across the units in a year
   * ("12个省份的得分中有沿用此前年份或插补的数据，共15个值，明细见附录。"), or "" when there are none.
   */
  static String panelNote(Words w, IndexRelease r, String code, int year, boolean provinces) {
    int values = 0;
    int units = 0;
    for (String u : r.results().units()) {
      int n = under(r, u, code, year).size();
      values += n;
      units += n > 0 ? 1 : 0;
    }
    if (values == 0) {
      return "";
    }
    String zh = provinces ? "个省份" : "个评价对象";
    String en = (provinces ? " province" : " unit") + (units == 1 ? "" : "s");
    return w.t(units + zh + "的得分中有沿用此前年份或插补的数据，共" + values + "个值，明细见附录。",
        "The scores of " + units + en + " rest on values carried forward or imputed (" + values
            + " in all; see the appendix).");
  }

  /** Returns a node's name in the report's language (the code when the framework gives none). */
  static String name(Node n, Words w) {
    String s = w.t(n.nameZh(), n.nameEn());
    return s.isEmpty() ? n.label() : s;
  }

  /**
   * Returns the value an indicator entered the evaluation with: the raw value, or where none was
   * observed the value filled in (carried forward or imputed); NaN when there is neither.
   */
  static double used(IndexRelease r, String unit, String code, int year) {
    double v = r.raw().value(unit, code, year);
    if (!Double.isNaN(v)) {
      return v;
    }
    Panel filled = imputed(r);
    return filled == null ? Double.NaN : filled.value(unit, code, year);
  }
}
