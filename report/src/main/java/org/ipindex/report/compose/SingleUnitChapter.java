package org.ipindex.report.compose;

import java.util.ArrayList;
import java.util.List;
import org.ipindex.core.model.Node;
import org.ipindex.core.result.ChangeBreakdown;
import org.ipindex.core.result.Contribution;
import org.ipindex.core.result.Results;
import org.ipindex.report.model.Block;
import org.ipindex.report.model.Cell;
import org.ipindex.report.model.Column;
import org.ipindex.report.model.Figure;
import org.ipindex.report.model.Paragraph;
import org.ipindex.report.model.Section;
import org.ipindex.report.model.Table;
import org.ipindex.report.model.chart.BarChart;
import org.ipindex.report.model.chart.Series;
import org.ipindex.report.source.IndexRelease;

/**
 * The chapter of an index of one unit over time (the national index, chapter 3 part 1 of the 2024
 * report): its level, change and growth; the dimension scores with their changes (a chart like
 * figure 23); for each dimension its series over the years (figures 24–29) and the indicators that
 * moved it most; the indicators with data.
 */
final class SingleUnitChapter {
  private static final int D = Headlines.SINGLE_DECIMALS;
  private static final int MOVERS = 3;

  private final Words w;
  private final IndexRelease r;
  private final Captions captions;
  private final String unit;
  private final int year;
  private final String number;

  SingleUnitChapter(Words w, IndexRelease r, String number) {
    this.w = w;
    this.r = r;
    this.number = number;
    this.captions = new Captions(w, number);
    this.unit = r.results().units().get(0);
    this.year = r.dataYear();
  }

  Section build(String title) {
    Headlines h = new Headlines(w);
    List<Block> blocks = new ArrayList<>();
    blocks.add(h.singleLevel(r));
    blocks.add(h.singleChildren(r));
    blocks.add(h.coverage(r));
    blocks.add(overview());
    blocks.add(changeFigure());
    List<Section> subsections = new ArrayList<>();
    int i = 0;
    for (Node child : r.framework().children(r.root().code())) {
      i++;
      subsections.add(dimension(child, i));
    }
    subsections.add(new Section("sec" + number + "-indicators",
        w.subNumber(Integer.parseInt(number), ++i) + w.t("有数据的指标", "Indicators with data"),
        List.of(indicators()), List.of()));
    return new Section("sec" + number, title, blocks, subsections);
  }

  private Table overview() {
    Captions.Caption c = captions.table(r.evaluationYear() + "年" + Provenance.name(r.root(), w) + "及分项指数",
        "The " + Provenance.name(r.root(), w) + " and its dimensions, " + r.evaluationYear());
    List<Column> cols = List.of(new Column("指数", "Index"),
        new Column(r.evaluationYear() + "年得分", "Score " + r.evaluationYear()),
        new Column("上年得分", "Previous year"), new Column("比上年", "Change"), new Column("增速(%)", "Growth (%)"),
        new Column("数据覆盖", "Coverage"), new Column("有数据的指标", "Indicators with data"));
    List<List<Cell>> rows = new ArrayList<>();
    List<Node> nodes = new ArrayList<>();
    nodes.add(r.root());
    nodes.addAll(r.framework().children(r.root().code()));
    Results res = r.results();
    for (Node n : nodes) {
      int total = r.framework().indicatorsUnder(n.code()).size();
      int with = (int) r.framework().indicatorsUnder(n.code()).stream()
          .filter(x -> !Double.isNaN(res.score(unit, x.code(), year))).count();
      Cell score = w.scoreCell(res.score(unit, n.code(), year), D);
      String note = Provenance.note(w, r, Provenance.under(r, unit, n.code(), year));
      rows.add(List.of(Cell.text(Provenance.name(n, w)), note.isEmpty() ? score : score.withNote(note),
          w.scoreCell(res.score(unit, n.code(), year - 1), D), w.changeCell(res.change(unit, n.code(), year), D),
          w.changeCell(res.changePercent(unit, n.code(), year), 1), w.shareCell(res.coverage(unit, n.code(), year)),
          Cell.text(with + " / " + total)));
    }
    return new Table(c.id(), c.text(), cols, rows, List.of(w.t(
        "数据覆盖为得分所依据的观测值占该指数权重的比例。因小数取舍而产生的误差未作配平处理。",
        "Coverage is the share of the weight resting on observed values. Rounded figures may not add up.")));
  }

  private Figure changeFigure() {
    Captions.Caption c = captions.figure(r.evaluationYear() + "年" + Provenance.name(r.root(), w) + "变化情况（分）",
        "Change of the " + Provenance.name(r.root(), w) + ", " + r.evaluationYear() + " (points)");
    List<Node> nodes = new ArrayList<>();
    nodes.add(r.root());
    nodes.addAll(r.framework().children(r.root().code()));
    Results res = r.results();
    List<String> categories = new ArrayList<>();
    List<Double> before = new ArrayList<>();
    List<Double> now = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<List<Cell>> rows = new ArrayList<>();
    for (Node n : nodes) {
      double b = res.score(unit, n.code(), year - 1);
      double s = res.score(unit, n.code(), year);
      double ch = res.change(unit, n.code(), year);
      categories.add(Provenance.name(n, w));
      before.add(b);
      now.add(s);
      notes.add(Double.isNaN(ch) ? "" : w.signed(ch, D));
      rows.add(List.of(Cell.text(Provenance.name(n, w)), w.scoreCell(b, D), w.scoreCell(s, D), w.changeCell(ch, D)));
    }
    List<Series> series = new ArrayList<>();
    if (r.hasYear(year - 1)) {
      series.add(new Series(w.t((r.evaluationYear() - 1) + "年", Integer.toString(r.evaluationYear() - 1)), before));
    }
    series.add(new Series(w.t(r.evaluationYear() + "年", Integer.toString(r.evaluationYear())), now));
    Table data = new Table(c.id(), c.text(), List.of(new Column("指数", "Index"),
        new Column((r.evaluationYear() - 1) + "年", Integer.toString(r.evaluationYear() - 1)),
        new Column(r.evaluationYear() + "年", Integer.toString(r.evaluationYear())), new Column("比上年", "Change")),
        rows, List.of());
    return new Figure(c.id(), c.text(), new BarChart(categories, series, D, notes, w.noData()), data);
  }

  private Section dimension(Node n, int i) {
    Results res = r.results();
    List<Block> blocks = new ArrayList<>();
    List<Node> leaves = r.framework().indicatorsUnder(n.code());
    long with = leaves.stream().filter(x -> !Double.isNaN(res.score(unit, x.code(), year))).count();
    String name = Provenance.name(n, w);
    double s = res.score(unit, n.code(), year);
    Paragraph.Builder p = new Paragraph.Builder();
    p.text(w.t(name + "包括" + leaves.size() + "项指标，其中" + with + "项有" + year + "年数据。",
        "The " + name + " has " + leaves.size() + " indicators, " + with + " of them with " + year + " data. "));
    if (Double.isNaN(s)) {
      p.text(w.t("本领域没有可用的指标值，无法计算得分。", "No indicator value can be used, so it has no score."));
      blocks.add(p.build());
      return new Section("sec" + number + "-" + n.code(), w.subNumber(Integer.parseInt(number), i) + name, blocks, List.of());
    }
    double ch = res.change(unit, n.code(), year);
    p.text(w.t(r.evaluationYear() + "年得分" + w.points(s, D) + (Double.isNaN(ch) ? "，上年无结果。" : "，比上年" + w.change(ch, D) + "。"),
        "It scores " + w.points(s, D) + " in " + r.evaluationYear()
            + (Double.isNaN(ch) ? "; no previous year." : ", " + w.change(ch, D) + " on the previous year.")));
    String movers = movers(n);
    p.text(movers);
    String note = Provenance.note(w, r, Provenance.under(r, unit, n.code(), year));
    if (!note.isEmpty()) {
      p.note(note);
    }
    blocks.add(p.build());
    blocks.add(seriesFigure(n));
    return new Section("sec" + number + "-" + n.code(), w.subNumber(Integer.parseInt(number), i) + name, blocks, List.of());
  }

  /** "评价指标中，发明专利平均审查周期由16个月变为15.5个月（对本领域得分的贡献+0.8分）；……" */
  private String movers(Node n) {
    ChangeBreakdown b = r.results().breakdown(unit, n.code(), year);
    List<String> parts = new ArrayList<>();
    for (Contribution c : b.contributions()) {
      if (parts.size() == MOVERS || c.contribution() == 0) {
        break;
      }
      Node ind = r.framework().node(c.indicatorCode());
      String before = w.quantity(Provenance.used(r, unit, ind.code(), year - 1), ind.unit());
      String now = w.quantity(Provenance.used(r, unit, ind.code(), year), ind.unit());
      parts.add(w.t(ind.label() + "由" + before + "变为" + now + "（对本领域得分的贡献" + w.signed(c.contribution(), D) + "分）",
          Provenance.name(ind, w) + " went from " + before + " to " + now + " (" + w.signed(c.contribution(), D)
              + " points to the dimension)"));
    }
    if (parts.isEmpty()) {
      return "";
    }
    return w.t("评价指标中，变化最大的是：" + String.join("；", parts) + "。",
        "The indicators that moved it most: " + String.join("; ", parts) + ".");
  }

  private Figure seriesFigure(Node n) {
    String name = Provenance.name(n, w);
    int[] years = r.results().years();
    String span = r.evaluationYear(years[0]) + "—" + r.evaluationYear(years[years.length - 1]);
    Captions.Caption c = captions.figure(span + "年" + name + "（分）", name + ", " + span + " (points)");
    List<String> labels = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<List<Cell>> rows = new ArrayList<>();
    for (int y : years) {
      double s = r.results().score(unit, n.code(), y);
      double ch = r.results().change(unit, n.code(), y);
      labels.add(w.year(r.evaluationYear(y)));
      values.add(s);
      notes.add(Double.isNaN(ch) ? "" : w.signed(ch, D));
      rows.add(List.of(Cell.number(r.evaluationYear(y), 0, Integer.toString(r.evaluationYear(y))),
          Cell.number(y, 0, Integer.toString(y)), w.scoreCell(s, D), w.changeCell(ch, D)));
    }
    Table data = new Table(c.id(), c.text(), List.of(new Column("评价年份", "Evaluation year"),
        new Column("数据年份", "Data year"), new Column("得分", "Score"), new Column("比上年", "Change")), rows, List.of());
    return new Figure(c.id(), c.text(), new BarChart(labels, List.of(new Series(name, values)), D, notes, w.noData()), data);
  }

  private Table indicators() {
    Results res = r.results();
    Captions.Caption c = captions.table("有" + year + "年数据的指标", "Indicators with " + year + " data");
    List<Column> cols = List.of(new Column("编号", "Code"), new Column("指标", "Indicator"), new Column("单位", "Unit"),
        new Column((year - 1) + "年数据", (year - 1) + " value"), new Column(year + "年数据", year + " value"),
        new Column("得分", "Score"), new Column("比上年", "Change"), new Column("对指数变化的贡献", "Contribution to the change"));
    ChangeBreakdown b = res.breakdown(unit, r.root().code(), year);
    List<List<Cell>> rows = new ArrayList<>();
    for (Node n : r.framework().indicators()) {
      double s = res.score(unit, n.code(), year);
      if (Double.isNaN(s)) {
        continue;
      }
      double contribution = b.contributions().stream().filter(x -> x.indicatorCode().equals(n.code()))
          .mapToDouble(Contribution::contribution).findFirst().orElse(Double.NaN);
      rows.add(List.of(Cell.text(n.code()), Cell.text(Provenance.name(n, w)), Cell.text(w.unit(n.unit())),
          valueCell(n, year - 1), valueCell(n, year), w.scoreCell(s, D), w.changeCell(res.change(unit, n.code(), year), D),
          w.changeCell(contribution, 2)));
    }
    return new Table(c.id(), c.text(), cols, rows, List.of(w.t(
        "得分以基期为100；贡献为该指标得分变化乘以其在指数中的有效权重，各指标贡献之和等于指数的变化。",
        "Contributions are the indicator's score change times its effective weight in the index; they add up to "
            + "the index's change.")));
  }

  private Cell valueCell(Node n, int y) {
    double v = Provenance.used(r, unit, n.code(), y);
    Cell cell = Double.isNaN(v) ? Cell.text(w.noData()) : Cell.number(v, 2, w.quantity(v, n.unit()));
    List<Provenance.Filled> filled = Provenance.under(r, unit, n.code(), y);
    return filled.isEmpty() ? cell : cell.withNote(Provenance.how(w, filled.get(0).flag()));
  }
}
