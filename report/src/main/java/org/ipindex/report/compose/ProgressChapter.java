package org.ipindex.report.compose;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ipindex.core.target.ProgressResult;
import org.ipindex.core.target.ProgressRow;
import org.ipindex.core.target.ProgressTable;
import org.ipindex.core.target.ReportNumbers;
import org.ipindex.core.target.Target;
import org.ipindex.report.model.Block;
import org.ipindex.report.model.Cell;
import org.ipindex.report.model.Column;
import org.ipindex.report.model.Figure;
import org.ipindex.report.model.Paragraph;
import org.ipindex.report.model.Section;
import org.ipindex.report.model.Table;
import org.ipindex.report.model.chart.LineChart;
import org.ipindex.report.model.chart.Series;

/**
 * The chapter on the expected indicators (chapter 1 of the 2024 report): the table of values, targets
 * and statuses (table 1), then for each indicator the judgment in a sentence and a chart of its values
 * over the years with its target.
 */
final class ProgressChapter {
  private final Words w;
  private final ProgressTable table;
  private final String number;
  private final Captions captions;

  ProgressChapter(Words w, ProgressTable table, String number) {
    this.w = w;
    this.table = table;
    this.number = number;
    this.captions = new Captions(w, number);
  }

  /** Returns the chapter; without a progress table, a chapter that says why. */
  static Section missing(Words w, String number, String title, String why) {
    return new Section("sec" + number, title, List.of(Paragraph.of(w.t(
        "无法评估预期性指标进展：" + why + "。可用 ipindex targets 查看或导入目标集。",
        "The progress of the expected indicators cannot be assessed: " + why + ". See `ipindex targets`."))), List.of());
  }

  Section build(String title) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Headlines(w).progress(table));
    blocks.add(overview());
    List<Section> subs = new ArrayList<>();
    int i = 0;
    for (ProgressRow row : table.rows()) {
      i++;
      subs.add(indicator(row, i));
    }
    return new Section("sec" + number, title, blocks, subs);
  }

  private static String name(Words w, Target t) {
    return w.t(t.nameZh(), t.nameEn().isEmpty() ? t.nameZh() : t.nameEn());
  }

  private static String unit(Words w, Target t) {
    return w.t(t.unitZh(), t.unitEn().isEmpty() ? t.unitZh() : t.unitEn());
  }

  private Table overview() {
    Set<Integer> targetYears = new LinkedHashSet<>();
    table.rows().forEach(r -> targetYears.add(r.target().targetYear()));
    String targetZh = targetYears.size() == 1 ? targetYears.iterator().next() + "年目标" : "目标";
    String targetEn = targetYears.size() == 1 ? "Target " + targetYears.iterator().next() : "Target";
    Captions.Caption c = captions.table("预期性指标进展情况", "Progress of the expected indicators");
    List<Column> cols = new ArrayList<>(List.of(new Column("预期性指标", "Expected indicator"), new Column("单位", "Unit")));
    int[] years = table.years();
    for (int y : years) {
      cols.add(new Column(Integer.toString(y), Integer.toString(y)));
    }
    cols.add(new Column(targetZh, targetEn));
    cols.add(new Column("状态", "Status"));
    cols.add(new Column("R", "R"));
    List<List<Cell>> rows = new ArrayList<>();
    Set<String> sources = new LinkedHashSet<>();
    for (ProgressRow row : table.rows()) {
      Target t = row.target();
      List<Cell> cells = new ArrayList<>(List.of(Cell.text(name(w, t)), Cell.text(unit(w, t))));
      for (int y : years) {
        Double v = row.observed().get(y);
        cells.add(v == null ? Cell.text(ReportNumbers.MISSING) : Cell.number(v, 2, ReportNumbers.value(v)));
      }
      String target = ReportNumbers.value(t.targetValue()) + (targetYears.size() == 1 ? "" : "（" + t.targetYear() + "）");
      cells.add(t.hasTarget() ? Cell.number(t.targetValue(), 2, target) : Cell.text(ReportNumbers.MISSING));
      cells.add(Cell.text(w.t(row.result().status().labelZh(), row.result().status().labelEn())));
      double ratio = row.result().ratio();
      cells.add(Double.isNaN(ratio) ? Cell.text(ReportNumbers.MISSING) : Cell.number(ratio, 2, ReportNumbers.ratio(ratio)));
      rows.add(cells);
      if (!t.source().isEmpty()) {
        sources.add(t.source());
      }
    }
    List<String> notes = new ArrayList<>();
    notes.add(w.t("“—”表示无数据。R为实际年均增速与实现目标所需年均增速之比（欧盟统计局方法）。",
        "'—': no value. R is the actual growth a year over the growth a year needed to meet the target "
            + "(Eurostat's method)."));
    if (!sources.isEmpty()) {
      notes.add(w.t("目标来源：", "Targets: ") + String.join(w.t("；", "; "), sources));
    }
    return new Table(c.id(), c.text(), cols, rows, notes);
  }

  private Section indicator(ProgressRow row, int i) {
    Target t = row.target();
    List<Block> blocks = new ArrayList<>();
    blocks.add(Paragraph.of(w.t(row.sentenceZh(), row.sentenceEn())));
    blocks.add(chart(row));
    return new Section("sec" + number + "-" + i, w.subNumber(Integer.parseInt(number), i) + name(w, t), blocks, List.of());
  }

  private Figure chart(ProgressRow row) {
    Target t = row.target();
    ProgressResult result = row.result();
    int first = Math.min(t.baselineYear(), row.observed().isEmpty() ? t.baselineYear() : row.observed().firstKey());
    int last = Math.max(t.targetYear(), table.year());
    String unit = unit(w, t);
    Captions.Caption c = captions.figure(first + "—" + table.year() + "年" + t.nameZh() + "及" + t.targetYear() + "年目标"
        + (t.unitZh().isEmpty() ? "" : "（" + t.unitZh() + "）"),
        name(w, t) + ", " + first + "–" + table.year() + ", and the " + t.targetYear() + " target"
            + (unit.isEmpty() ? "" : " (" + unit + ")"));
    List<String> labels = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<List<Cell>> rows = new ArrayList<>();
    for (int y = first; y <= last; y++) {
      Double v = row.observed().get(y);
      labels.add(Integer.toString(y));
      values.add(v == null ? Double.NaN : v);
      boolean target = y == t.targetYear() && t.hasTarget();
      rows.add(List.of(Cell.number(y, 0, Integer.toString(y)),
          v == null ? Cell.text(ReportNumbers.MISSING) : Cell.number(v, 2, ReportNumbers.value(v)),
          target ? Cell.number(t.targetValue(), 2, ReportNumbers.value(t.targetValue())) : Cell.text("")));
    }
    Table data = new Table(c.id(), c.text(), List.of(new Column("年份", "Year"), new Column("观测值", "Observed"),
        new Column("目标值", "Target")), rows, List.of(w.t("状态：", "Status: ")
        + w.t(result.status().labelZh(), result.status().labelEn())));
    String targetLabel = t.hasTarget() ? w.t(t.targetYear() + "年目标 " + ReportNumbers.value(t.targetValue()),
        t.targetYear() + " target " + ReportNumbers.value(t.targetValue())) : "";
    return new Figure(c.id(), c.text(), new LineChart(labels, List.of(new Series(name(w, t), values)),
        t.hasTarget() ? t.targetValue() : Double.NaN, t.hasTarget() ? t.targetYear() - first : -1, targetLabel), data);
  }
}
