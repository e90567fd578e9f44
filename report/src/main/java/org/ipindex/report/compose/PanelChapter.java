package org.ipindex.report.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipindex.app.Evaluator;
import org.ipindex.core.model.Node;
import org.ipindex.core.result.Results;
import org.ipindex.core.stat.Stats;
import org.ipindex.report.model.Block;
import org.ipindex.report.model.Cell;
import org.ipindex.report.model.Column;
import org.ipindex.report.model.Figure;
import org.ipindex.report.model.Paragraph;
import org.ipindex.report.model.Section;
import org.ipindex.report.model.Table;
import org.ipindex.report.model.chart.BarChart;
import org.ipindex.report.model.chart.MapChart;
import org.ipindex.report.model.chart.Series;
import org.ipindex.report.source.IndexRelease;
import org.ipindex.report.source.RegionBook;

/**
 * The chapter of an index of many units (the regional index, chapter 3 part 2 of the 2024 report):
 * mean and median and their changes, how many units rose and how many score above 80, the pillars'
 * means and medians, the leaders, the four areas and the five strategic regions (figures 30–31), a
 * province map, and the full table of units with pillar scores, ranks and changes.
 */
final class PanelChapter {
  private static final int D = Headlines.PANEL_DECIMALS;
  private static final int GAINERS = 3;
  private static final int MAP_CLASSES = 5;

  private final Words w;
  private final IndexRelease r;
  private final RegionBook regions;
  private final Captions captions;
  private final String number;
  private final int year;
  private final boolean provinces;

  PanelChapter(Words w, IndexRelease r, RegionBook regions, String number) {
    this.w = w;
    this.r = r;
    this.regions = regions;
    this.number = number;
    this.captions = new Captions(w, number);
    this.year = r.dataYear();
    this.provinces = regions.allProvinces(r.results().units());
  }

  Section build(String title) {
    Headlines h = new Headlines(w);
    List<Block> blocks = new ArrayList<>();
    blocks.add(h.panelLevel(r, regions));
    blocks.add(h.leading(r, regions));
    if (provinces) {
      blocks.add(h.strategic(r, regions));
    }
    blocks.add(h.coverage(r));
    blocks.add(pillarTable());
    List<Section> subs = new ArrayList<>();
    int i = 0;
    for (Node p : r.framework().children(r.root().code())) {
      subs.add(new Section("sec" + number + "-" + p.code(), w.subNumber(chapter(), ++i) + Provenance.name(p, w),
          List.of(pillar(p)), List.of()));
    }
    subs.add(new Section("sec" + number + "-leading", w.subNumber(chapter(), ++i) + w.t("领先地区", "The leaders"),
        List.of(leaders()), List.of()));
    if (provinces) {
      subs.add(groups("areas", ++i, regions.areas(), w.t("四大区域", "The four areas"),
          w.t("四大区域" + Provenance.name(r.root(), w) + "平均得分及增幅（分）",
              "Mean " + Provenance.name(r.root(), w) + " of the four areas and its change (points)")));
      subs.add(groups("strategic", ++i, regions.strategicRegions(), w.t("重大战略区域", "The strategic regions"),
          w.t("重大战略区域" + Provenance.name(r.root(), w) + "平均得分及增幅（分）",
              "Mean " + Provenance.name(r.root(), w) + " of the strategic regions and its change (points)")));
      subs.add(new Section("sec" + number + "-map", w.subNumber(chapter(), ++i) + w.t("地区分布", "Map"),
          List.of(map()), List.of()));
    }
    subs.add(new Section("sec" + number + "-units", w.subNumber(chapter(), ++i)
        + (provinces ? w.t("各省份得分", "Scores of the provinces") : w.t("各评价对象得分", "Scores of the units")),
        List.of(unitTable()), List.of()));
    return new Section("sec" + number, title, blocks, subs);
  }

  private int chapter() {
    return Integer.parseInt(number);
  }

  private List<Node> pillarsWithRoot() {
    List<Node> out = new ArrayList<>();
    out.add(r.root());
    out.addAll(r.framework().children(r.root().code()));
    return out;
  }

  private Table pillarTable() {
    Captions.Caption c = captions.table(r.evaluationYear() + "年" + Provenance.name(r.root(), w) + "及分项指数的平均值和中位数",
        "Mean and median of the " + Provenance.name(r.root(), w) + " and its pillars, " + r.evaluationYear());
    String units = provinces ? w.t("省份", "provinces") : w.t("评价对象", "units");
    List<Column> cols = List.of(new Column("指数", "Index"), new Column("得分", "Score", "平均得分", "Mean"),
        new Column("比上年", "Change", "平均得分", "Mean"), new Column("得分", "Score", "中位数", "Median"),
        new Column("比上年", "Change", "中位数", "Median"), new Column("得分提高的" + units, "Rising " + units),
        new Column("超过80分的" + units, "Above 80"), new Column("有得分的" + units, "Scored " + units));
    List<List<Cell>> rows = new ArrayList<>();
    for (Node n : pillarsWithRoot()) {
      UnitStats st = stats(n.code());
      boolean previous = !Double.isNaN(st.meanChange());
      rows.add(List.of(Cell.text(Provenance.name(n, w)), w.scoreCell(st.mean(), D), w.changeCell(st.meanChange(), D),
          w.scoreCell(st.median(), D), w.changeCell(st.medianChange(), D),
          previous ? w.countCell(st.rose()) : Cell.text(w.noData()), w.countCell(st.above()), w.countCell(st.scored())));
    }
    return new Table(c.id(), c.text(), cols, rows, List.of(w.t(
        "平均得分和中位数的变化为本年值减上年值。因小数取舍而产生的误差未作配平处理。",
        "Changes of the mean and the median are this year's value minus last year's. Rounded figures may not add up.")));
  }

  private UnitStats stats(String code) {
    return UnitStats.of(r.results(), code, year, r.results().units(), Evaluator.GROUP_THRESHOLD);
  }

  private Paragraph pillar(Node p) {
    UnitStats st = stats(p.code());
    String name = Provenance.name(p, w);
    String who = provinces ? w.t("各省份的", "The provinces' mean ") : w.t("各评价对象的", "The units' mean ");
    String units = provinces ? w.t("个省份", " provinces") : w.t("个评价对象", " units");
    if (st.scored() == 0) {
      int leaves = r.framework().indicatorsUnder(p.code()).size();
      return Paragraph.of(w.t(name + "无数据：其" + leaves + "项指标在" + year + "年均无数据，无法计算得分。",
          "The " + name + " has no data: none of its " + leaves + " indicators has " + year + " data, so it has no score."));
    }
    Paragraph.Builder b = new Paragraph.Builder();
    b.text(w.t(who + name + "平均得分" + w.points(st.mean(), D), who + name + " is " + w.points(st.mean(), D)));
    if (!Double.isNaN(st.meanChange())) {
      b.text(w.t("，比上年" + w.change(st.meanChange(), D) + "，中位数" + w.points(st.median(), D) + "，比上年"
              + w.change(st.medianChange(), D) + "。",
          ", " + w.change(st.meanChange(), D) + "; the median is " + w.points(st.median(), D) + ", "
              + w.change(st.medianChange(), D) + ". "));
      b.text(w.t(st.rose() + units + "实现正向增长",
          st.rose() + " of " + st.compared() + units + " rose"));
      List<String> gainers = st.byChange().stream().limit(GAINERS)
          .filter(u -> r.results().change(u, p.code(), year) > 0).toList();
      if (!gainers.isEmpty()) {
        List<String> amounts = gainers.stream().map(u -> w.t(w.fixed(r.results().change(u, p.code(), year), D) + "分",
            w.fixed(r.results().change(u, p.code(), year), D))).toList();
        b.text(w.t("，其中" + w.series(names(gainers)) + "等地增幅较大，比上年依次增长" + w.series(amounts) + "。",
            "; the largest gains were in " + w.list(names(gainers)) + " (" + w.series(amounts) + " points)."));
      } else {
        b.text(w.t("。", "."));
      }
    } else {
      b.text(w.t("，中位数" + w.points(st.median(), D) + "；无上年结果，无法计算变化。",
          "; the median is " + w.points(st.median(), D) + "; there is no previous year to compare with."));
    }
    long aboveMean = st.byScore().stream().filter(u -> r.results().score(u, p.code(), year) > st.mean()).count();
    b.text(w.t(st.above() + units + "得分超过" + w.fixed(Evaluator.GROUP_THRESHOLD, 0) + "分，" + aboveMean + units
            + "得分高于平均水平。",
        " " + st.above() + units + " score above " + w.fixed(Evaluator.GROUP_THRESHOLD, 0) + " and " + aboveMean
            + " above the mean."));
    String filled = Provenance.panelNote(w, r, p.code(), year, provinces);
    if (!filled.isEmpty()) {
      b.note(filled);
    }
    return b.build();
  }

  private List<String> names(List<String> units) {
    return units.stream().map(u -> regions.name(u, w.lang())).toList();
  }

  private Paragraph leaders() {
    UnitStats st = stats(r.root().code());
    List<String> top = st.byScore().subList(0, Math.min(Headlines.LEADING, st.byScore().size()));
    if (top.isEmpty()) {
      return Paragraph.of(w.t("无得分。", "No scores."));
    }
    List<String> scores = top.stream().map(u -> w.points(r.results().score(u, r.root().code(), year), D)).toList();
    return Paragraph.of(w.t(w.series(names(top)) + "的" + Provenance.name(r.root(), w) + "得分依次为" + w.series(scores)
            + "，位居前列。",
        w.list(names(top)) + " lead the " + Provenance.name(r.root(), w) + " with " + w.series(scores) + "."));
  }

  private Section groups(String id, int i, Map<String, List<String>> groups, String title, String figureTitle) {
    List<GroupStats> stats = GroupStats.of(r, groups);
    List<Node> pillars = r.framework().children(r.root().code());
    Map<String, List<GroupStats>> byPillar = new LinkedHashMap<>();
    pillars.forEach(p -> byPillar.put(p.code(), GroupStats.of(r, groups, p.code())));
    List<Block> blocks = new ArrayList<>();
    List<String> names = stats.stream().map(g -> regions.groupName(g.label(), w.lang())).toList();
    List<String> means = stats.stream().map(g -> w.t(w.fixed(g.stats().mean(), D) + "分", w.fixed(g.stats().mean(), D)))
        .toList();
    List<String> changes = stats.stream().map(g -> w.change(g.stats().meanChange(), D)).toList();
    Paragraph.Builder p = new Paragraph.Builder();
    p.text(w.t(w.series(names) + "的" + Provenance.name(r.root(), w) + "平均得分依次为" + w.series(means),
        "The mean " + Provenance.name(r.root(), w) + " of " + w.list(names) + " is " + w.series(means) + " points"));
    boolean previous = stats.stream().anyMatch(g -> !Double.isNaN(g.stats().meanChange()));
    p.text(previous ? w.t("，比上年依次" + w.series(changes) + "。", " respectively (" + w.series(changes) + ").")
        : w.t("；无上年结果，无法计算变化。", "; there is no previous year to compare with."));
    stats.stream().filter(g -> g.units().size() == 1).forEach(g -> p.note(w.t(
        regions.groupName(g.label(), w.lang()) + "采用" + regions.name(g.units().get(0), w.lang()) + "的数据。",
        "The " + regions.groupName(g.label(), w.lang()) + " uses the data of " + regions.name(g.units().get(0), w.lang())
            + " only.")));
    blocks.add(p.build());
    Captions.Caption tc = captions.table(title + "得分", title + ": scores");
    List<Column> cols = new ArrayList<>(List.of(new Column("区域", "Region"), new Column("省份数", "Provinces"),
        new Column("平均得分", "Mean"), new Column("比上年", "Change")));
    pillars.forEach(pl -> cols.add(new Column(pl.nameZh(), pl.nameEn(), "分项平均得分", "Pillar means")));
    List<List<Cell>> rows = new ArrayList<>();
    for (int k = 0; k < stats.size(); k++) {
      GroupStats g = stats.get(k);
      List<Cell> row = new ArrayList<>(List.of(Cell.text(names.get(k)), w.countCell(g.units().size()),
          w.scoreCell(g.stats().mean(), D), w.changeCell(g.stats().meanChange(), D)));
      for (Node pl : pillars) {
        row.add(w.scoreCell(byPillar.get(pl.code()).get(k).stats().mean(), D));
      }
      rows.add(row);
    }
    blocks.add(new Table(tc.id(), tc.text(), cols, rows, List.of(w.t(
        "区域得分为区域内各省份得分的算术平均。", "A region's score is the mean of its provinces' scores."))));
    Captions.Caption fc = captions.figure(figureTitle, figureTitle);
    List<Series> series = new ArrayList<>();
    if (previous) {
      series.add(new Series(w.year(r.evaluationYear() - 1), stats.stream().map(g -> g.stats().meanBefore()).toList()));
    }
    series.add(new Series(w.year(r.evaluationYear()), stats.stream().map(g -> g.stats().mean()).toList()));
    List<String> notes = stats.stream()
        .map(g -> Double.isNaN(g.stats().meanChange()) ? "" : w.signed(g.stats().meanChange(), D))
        .toList();
    List<List<Cell>> data = new ArrayList<>();
    for (int k = 0; k < stats.size(); k++) {
      UnitStats s = stats.get(k).stats();
      data.add(List.of(Cell.text(names.get(k)), w.scoreCell(s.meanBefore(), D), w.scoreCell(s.mean(), D),
          w.changeCell(s.meanChange(), D)));
    }
    Table dataTable = new Table(fc.id(), fc.text(), List.of(new Column("区域", "Region"),
        new Column((r.evaluationYear() - 1) + "年", Integer.toString(r.evaluationYear() - 1)),
        new Column(r.evaluationYear() + "年", Integer.toString(r.evaluationYear())), new Column("比上年", "Change")), data,
        List.of());
    blocks.add(new Figure(fc.id(), fc.text(), new BarChart(names, series, D, notes, w.noData()), dataTable));
    return new Section("sec" + number + "-" + id, w.subNumber(chapter(), i) + title, blocks, List.of());
  }

  private Figure map() {
    Results res = r.results();
    Captions.Caption c = captions.figure(r.evaluationYear() + "年各省份" + Provenance.name(r.root(), w),
        Provenance.name(r.root(), w) + " by province, " + r.evaluationYear());
    Map<String, Double> values = new LinkedHashMap<>();
    double[] all = new double[res.units().size()];
    for (int i = 0; i < all.length; i++) {
      String u = res.units().get(i);
      all[i] = res.score(u, r.root().code(), year);
      values.put(u, all[i]);
    }
    List<Double> breaks = breaks(all);
    List<List<Cell>> rows = new ArrayList<>();
    for (String u : res.units()) {
      double v = values.get(u);
      rows.add(List.of(Cell.text(u), Cell.text(regions.name(u, w.lang())), w.scoreCell(v, D),
          Cell.text(Double.isNaN(v) ? w.noData() : classOf(v, breaks))));
    }
    Table data = new Table(c.id(), c.text(), List.of(new Column("代码", "Code"), new Column("省份", "Province"),
        new Column("得分", "Score"), new Column("分级", "Class")), rows, List.of());
    return new Figure(c.id(), c.text(), new MapChart(values, breaks, D, w.t("得分（分）", "Score (points)"),
        w.t("无数据", "No data"), w.t("南海诸岛", "South China Sea Islands")), data);
  }

  /** Returns quantile class limits of the present values (fewer classes when values repeat). */
  static List<Double> breaks(double[] values) {
    double[] s = Stats.sortedPresent(values);
    List<Double> out = new ArrayList<>();
    if (s.length == 0) {
      return out;
    }
    for (int k = 0; k <= MAP_CLASSES; k++) {
      double q = Stats.quantileOfSorted(s, (double) k / MAP_CLASSES);
      if (out.isEmpty() || q > out.get(out.size() - 1)) {
        out.add(q);
      }
    }
    if (out.size() == 1) {
      out.add(out.get(0));
    }
    return out;
  }

  private String classOf(double v, List<Double> breaks) {
    for (int k = 1; k < breaks.size(); k++) {
      if (v <= breaks.get(k) || k == breaks.size() - 1) {
        return w.fixed(breaks.get(k - 1), D) + "–" + w.fixed(breaks.get(k), D);
      }
    }
    return "";
  }

  private Table unitTable() {
    Results res = r.results();
    String root = r.root().code();
    Captions.Caption c = captions.table(r.evaluationYear() + "年" + (provinces ? "各省份" : "各评价对象")
        + Provenance.name(r.root(), w) + "得分、排名及变化", Provenance.name(r.root(), w) + " by "
        + (provinces ? "province" : "unit") + ": scores, ranks and changes, " + r.evaluationYear());
    String rootZh = r.root().nameZh();
    String rootEn = r.root().nameEn();
    List<Column> cols = new ArrayList<>(List.of(new Column("排名", "Rank"), new Column(provinces ? "省份" : "评价对象",
        provinces ? "Province" : "Unit"), new Column("得分", "Score", rootZh, rootEn),
        new Column("比上年", "Change", rootZh, rootEn), new Column("上年排名", "Previous rank", rootZh, rootEn)));
    List<Node> pillars = r.framework().children(root);
    for (Node p : pillars) {
      cols.add(new Column("得分", "Score", p.nameZh(), p.nameEn()));
      cols.add(new Column("排名", "Rank", p.nameZh(), p.nameEn()));
      cols.add(new Column("比上年", "Change", p.nameZh(), p.nameEn()));
    }
    List<String> order = new ArrayList<>(stats(root).byScore());
    res.units().stream().filter(u -> !order.contains(u)).forEach(order::add);
    String filledNote = w.t("该得分所用数据中有沿用此前年份或插补的值，明细见附录。",
        "Some values behind this score were carried forward or imputed; see the appendix.");
    List<List<Cell>> rows = new ArrayList<>();
    for (String u : order) {
      Cell score = w.scoreCell(res.score(u, root, year), D);
      if (!Provenance.under(r, u, root, year).isEmpty()) {
        score = score.withNote(filledNote);
      }
      List<Cell> row = new ArrayList<>(List.of(w.rankCell(res.rank(u, root, year)), Cell.text(regions.name(u, w.lang())),
          score, w.changeCell(res.change(u, root, year), D), w.rankCell(res.rank(u, root, year - 1))));
      for (Node p : pillars) {
        row.add(w.scoreCell(res.score(u, p.code(), year), D));
        row.add(w.rankCell(res.rank(u, p.code(), year)));
        row.add(w.changeCell(res.change(u, p.code(), year), D));
      }
      rows.add(row);
    }
    return new Table(c.id(), c.text(), cols, rows, List.of(w.t(
        "排名按得分从高到低，得分相同者并列。“无数据”表示该项没有可用于计算的指标值。",
        "Ranks from the highest score; equal scores share a rank. 'no data': no indicator value could be used.")));
  }
}
