package org.ipindex.report.compose;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ipindex.app.Evaluator;
import org.ipindex.core.build.StepSpec;
import org.ipindex.core.model.Node;
import org.ipindex.core.result.CoverageReport;
import org.ipindex.core.result.Results;
import org.ipindex.core.target.ProgressRow;
import org.ipindex.core.target.ProgressTable;
import org.ipindex.core.target.Status;
import org.ipindex.report.model.Paragraph;
import org.ipindex.report.source.IndexRelease;
import org.ipindex.report.source.RegionBook;

/**
 * The sentences generated from the data that open the report and its chapters, from templates in
 * Chinese and English: the index level, change and growth; the mean and median of the units and their
 * changes; the leaders; the strategic regions; the coverage; the progress of the targets. Where the
 * data cannot support a sentence, the sentence says what is missing.
 */
final class Headlines {
  /** How many leading provinces the report names (the 2024 report names six). */
  static final int LEADING = 6;
  /** Decimals of the scores of an index of one unit (125.5分). */
  static final int SINGLE_DECIMALS = 1;
  /** Decimals of the scores of an index of many units (81.43分). */
  static final int PANEL_DECIMALS = 2;

  private final Words w;

  Headlines(Words w) {
    this.w = w;
  }

  /** "2024年评价结果显示，知识产权强国建设指数达到125.5分，比上年增长4.5%（提高5.4分），比2021年基期值提高25.5分。" */
  Paragraph singleLevel(IndexRelease r) {
    Results res = r.results();
    String unit = res.units().get(0);
    Node root = r.root();
    int y = r.dataYear();
    double s = res.score(unit, root.code(), y);
    Paragraph.Builder p = new Paragraph.Builder();
    String name = Provenance.name(root, w);
    if (Double.isNaN(s)) {
      return p.text(w.t(r.evaluationYear() + "年评价中，" + name + "无数据：" + y + "年没有可用于计算的指标值。",
          "In the " + r.evaluationYear() + " evaluation the " + name + " has no score: no indicator value of " + y
              + " could be used.")).build();
    }
    int d = SINGLE_DECIMALS;
    double c = res.change(unit, root.code(), y);
    p.text(w.t(r.evaluationYear() + "年评价结果显示，" + name + "达到" + w.points(s, d),
        "The " + r.evaluationYear() + " evaluation puts the " + name + " at " + w.points(s, d)));
    if (Double.isNaN(c)) {
      p.text(w.t("；本版本不含上年（" + (y - 1) + "年数据）的结果，无法计算变化",
          "; the release holds no result for the previous year (" + (y - 1) + " data), so there is no change"));
    } else {
      p.text(w.t("，比上年" + w.growth(res.changePercent(unit, root.code(), y)) + "（" + w.change(c, d) + "）",
          ", " + w.growth(res.changePercent(unit, root.code(), y)) + " on the previous year (" + w.change(c, d) + ")"));
    }
    int base = baseYear(r);
    if (base > 0 && r.hasYear(base)) {
      p.text(w.t("，比" + r.evaluationYear(base) + "年基期值（100分）" + w.change(s - 100, d),
          ", " + w.change(s - 100, d) + " on the " + r.evaluationYear(base) + " base (100 points)"));
    }
    p.text(w.t("。", "."));
    String note = Provenance.note(w, r, Provenance.under(r, unit, root.code(), y));
    if (!note.isEmpty()) {
      p.note(note);
    }
    return p.build();
  }

  /** "各分领域中，知识产权制度指数120.4分（比上年提高2.6分），……" */
  Paragraph singleChildren(IndexRelease r) {
    Results res = r.results();
    String unit = res.units().get(0);
    int y = r.dataYear();
    List<String> parts = new ArrayList<>();
    for (Node n : r.framework().children(r.root().code())) {
      double s = res.score(unit, n.code(), y);
      double c = res.change(unit, n.code(), y);
      String name = Provenance.name(n, w);
      if (Double.isNaN(s)) {
        parts.add(w.t(name + "无数据", name + ": no data"));
      } else if (Double.isNaN(c)) {
        parts.add(w.t(name + w.points(s, SINGLE_DECIMALS), name + " " + w.points(s, SINGLE_DECIMALS)));
      } else {
        parts.add(w.t(name + w.points(s, SINGLE_DECIMALS) + "（比上年" + w.change(c, SINGLE_DECIMALS) + "）",
            name + " " + w.points(s, SINGLE_DECIMALS) + " (" + w.change(c, SINGLE_DECIMALS) + ")"));
      }
    }
    return Paragraph.of(w.t("各分领域中，" + String.join("；", parts) + "。", "By dimension: " + String.join("; ", parts)
        + "."));
  }

  /** The coverage: how many indicators have data, their weight, and that the rest is left out. */
  Paragraph coverage(IndexRelease r) {
    CoverageReport c = r.evaluation().coverage();
    int total = c.indicators().size();
    int with = total - c.absent().size();
    String name = Provenance.name(r.root(), w);
    if (c.absent().isEmpty()) {
      int partial = c.partial().size();
      return Paragraph.of(partial == 0
          ? w.t(name + "的" + total + "项指标在" + c.year() + "年均有数据。",
              "All " + total + " indicators of the " + name + " have " + c.year() + " data.")
          : w.t(name + "的" + total + "项指标在" + c.year() + "年均有数据，其中" + partial
                  + "项指标部分评价对象缺少当年数据（沿用或插补的值见附录）。",
              "All " + total + " indicators of the " + name + " have " + c.year() + " data, " + partial
                  + " of them for some units only (values carried forward or imputed: see the appendix)."));
    }
    StringBuilder s = new StringBuilder(w.t(
        "数据覆盖：" + name + "的" + total + "项指标中，" + with + "项有" + c.year() + "年数据，占指数权重"
            + w.share(1 - c.absentWeight()) + "；其余" + c.absent().size() + "项无数据，不参与计算，其权重在有数据的同级指标间重新分配",
        "Coverage: " + with + " of the " + total + " indicators of the " + name + " have " + c.year()
            + " data, carrying " + w.share(1 - c.absentWeight()) + " of the index weight; the other "
            + c.absent().size() + " have none and are left out, their weight shared among their siblings with data"));
    if (!c.partial().isEmpty()) {
      s.append(w.t("；另有" + c.partial().size() + "项指标仅部分评价对象有数据",
          "; " + c.partial().size() + " more have data for some units only"));
    }
    if (c.absentWeight() > 0) {
      s.append(w.t("。因此本报告的得分展示评价方法在现有数据上的结果，不代表官方发布的指数（明细见附录）。",
          ". The scores of this report therefore show the method at work on the data there are; they are not "
              + "the official index (details in the appendix)."));
    } else {
      s.append(w.t("。", "."));
    }
    return Paragraph.of(s.toString());
  }

  /** "全国各省份的地区知识产权发展指数平均得分81.0分，比上年提高1.35分，中位数为81.43分，比上年提高1.61分。" */
  Paragraph panelLevel(IndexRelease r, RegionBook regions) {
    Results res = r.results();
    int y = r.dataYear();
    UnitStats st = UnitStats.of(res, r.root().code(), y, res.units(), Evaluator.GROUP_THRESHOLD);
    String name = Provenance.name(r.root(), w);
    boolean provinces = regions.allProvinces(res.units());
    String who = provinces ? w.t("全国各省份的", "the provinces' ") : w.t("各评价对象的", "the units' ");
    int d = PANEL_DECIMALS;
    Paragraph.Builder p = new Paragraph.Builder();
    if (st.scored() == 0) {
      return p.text(w.t(r.evaluationYear() + "年评价中，" + name + "无数据。",
          "In the " + r.evaluationYear() + " evaluation the " + name + " has no score.")).build();
    }
    p.text(w.t(r.evaluationYear() + "年评价结果显示，" + who + name + "平均得分" + w.points(st.mean(), d),
        "The " + r.evaluationYear() + " evaluation puts " + who + "mean " + name + " at " + w.points(st.mean(), d)));
    boolean previous = !Double.isNaN(st.meanChange());
    if (previous) {
      p.text(w.t("，比上年" + w.change(st.meanChange(), d) + "，中位数为" + w.points(st.median(), d) + "，比上年"
              + w.change(st.medianChange(), d) + "。",
          ", " + w.change(st.meanChange(), d) + " on the previous year, and the median at " + w.points(st.median(), d)
              + ", " + w.change(st.medianChange(), d) + "."));
      String units = provinces ? w.t("个省份", " provinces") : w.t("个评价对象", " units");
      p.text(w.t(st.rose() + units + "的得分比上年提高，", " " + st.rose() + " of " + st.compared() + units + " rose, and "));
      p.text(above(st.above(), provinces));
    } else {
      p.text(w.t("，中位数为" + w.points(st.median(), d) + "；本版本不含上年（" + (y - 1) + "年数据）的结果，无法计算变化。",
          ", and the median at " + w.points(st.median(), d) + "; the release holds no result for the previous year ("
              + (y - 1) + " data), so there are no changes."));
      p.text(w.t("", " ") + Words.capital(above(st.above(), provinces)));
    }
    String filled = Provenance.panelNote(w, r, r.root().code(), y, provinces);
    if (!filled.isEmpty()) {
      p.note(filled);
    }
    if (st.scored() < st.units().size()) {
      p.note(w.t((st.units().size() - st.scored()) + "个评价对象无得分，未计入。",
          (st.units().size() - st.scored()) + " units have no score and are not counted."));
    }
    return p.build();
  }

  /** "18个省份得分超过80分。" / "18 provinces score above 80." / "没有省份得分超过80分。" */
  private String above(int above, boolean provinces) {
    String limit = w.fixed(Evaluator.GROUP_THRESHOLD, 0);
    if (above == 0) {
      return w.t((provinces ? "没有省份" : "没有评价对象") + "得分超过" + limit + "分。",
          "none scores above " + limit + ".");
    }
    return w.t(above + (provinces ? "个省份" : "个评价对象") + "得分超过" + limit + "分。",
        above + (provinces ? (above == 1 ? " province scores" : " provinces score") : (above == 1 ? " unit scores"
            : " units score")) + " above " + limit + ".");
  }

  /** "广东、上海、北京、江苏、浙江、山东等6个地区得分位居全国前列。" */
  Paragraph leading(IndexRelease r, RegionBook regions) {
    Results res = r.results();
    UnitStats st = UnitStats.of(res, r.root().code(), r.dataYear(), res.units(), Evaluator.GROUP_THRESHOLD);
    List<String> top = st.byScore().subList(0, Math.min(LEADING, st.byScore().size()));
    if (top.isEmpty()) {
      return Paragraph.of(w.t("无得分，无法列出领先地区。", "No scores, so no leaders."));
    }
    List<String> names = top.stream().map(u -> regions.name(u, w.lang())).toList();
    return Paragraph.of(w.t(w.series(names) + "等" + top.size() + "个地区得分位居前列。",
        w.list(names) + " lead the ranking."));
  }

  /** "重大战略区域中，粤港澳大湾区得分最高（92.18分），长三角增幅最大，比上年提高1.99分。" */
  Paragraph strategic(IndexRelease r, RegionBook regions) {
    List<GroupStats> groups = GroupStats.of(r, regions.strategicRegions());
    GroupStats best = null;
    GroupStats gainer = null;
    for (GroupStats g : groups) {
      if (!Double.isNaN(g.stats().mean()) && (best == null || g.stats().mean() > best.stats().mean())) {
        best = g;
      }
      if (!Double.isNaN(g.stats().meanChange()) && (gainer == null || g.stats().meanChange() > gainer.stats().meanChange())) {
        gainer = g;
      }
    }
    if (best == null) {
      return Paragraph.of(w.t("重大战略区域无得分。", "The strategic regions have no scores."));
    }
    int d = PANEL_DECIMALS;
    String bestName = regions.groupName(best.label(), w.lang());
    StringBuilder s = new StringBuilder(w.t("重大战略区域中，" + bestName + "得分最高（" + w.points(best.stats().mean(), d) + "）",
        "Among the strategic regions, the " + bestName + " scores highest (" + w.points(best.stats().mean(), d) + ")"));
    if (gainer == null) {
      s.append(w.t("；缺少上年结果，无法比较增幅。", "; without the previous year's results the gains cannot be compared."));
    } else if (gainer == best) {
      s.append(w.t("，增幅也最大，比上年" + w.change(gainer.stats().meanChange(), d) + "。",
          " and gains most, " + w.change(gainer.stats().meanChange(), d) + "."));
    } else {
      String gainerName = regions.groupName(gainer.label(), w.lang());
      s.append(w.t("，" + gainerName + "增幅最大，比上年" + w.change(gainer.stats().meanChange(), d) + "。",
          ", and the " + gainerName + " gains most, " + w.change(gainer.stats().meanChange(), d) + "."));
    }
    return Paragraph.of(s.toString());
  }

  /** "8项预期性指标中，4项已实现，2项符合预期，……" with the indicators of each status. */
  Paragraph progress(ProgressTable table) {
    Map<Status, List<String>> byStatus = new EnumMap<>(Status.class);
    for (ProgressRow row : table.rows()) {
      byStatus.computeIfAbsent(row.result().status(), k -> new ArrayList<>())
          .add(w.t(row.target().nameZh(), row.target().nameEn().isEmpty() ? row.target().nameZh() : row.target().nameEn()));
    }
    List<String> counts = new ArrayList<>();
    List<String> lists = new ArrayList<>();
    byStatus.forEach((status, names) -> {
      counts.add(w.t(names.size() + "项" + status.labelZh(), names.size() + " " + status.labelEn()));
      lists.add(w.t(status.labelZh() + "：" + w.series(names), status.labelEn() + ": " + String.join(", ", names)));
    });
    String en = String.join("; ", lists);
    return Paragraph.of(w.t("按" + table.year() + "年及以前的数据，" + table.rows().size() + "项预期性指标中，"
            + String.join("，", counts) + "。其中，" + String.join("；", lists) + "。",
        "Of the " + table.rows().size() + " expected indicators, on data up to " + table.year() + ": "
            + String.join(", ", counts) + ". " + Words.capital(en) + "."));
  }

  /** Returns the base year of a base-year index recipe (its normalise step), or 0. */
  static int baseYear(IndexRelease r) {
    for (StepSpec s : r.evaluation().recipe().steps()) {
      if (s.verb().equals("normalise") && s.params().string("method", "").equals("base_year_index")) {
        return s.params().integer("base_year", 0);
      }
    }
    return 0;
  }
}
