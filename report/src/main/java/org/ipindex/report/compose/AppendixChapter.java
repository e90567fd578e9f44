package org.ipindex.report.compose;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.ipindex.app.Bundled;
import org.ipindex.core.build.StepSpec;
import org.ipindex.core.build.Weights;
import org.ipindex.core.model.FlagKind;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Node;
import org.ipindex.core.result.CoverageReport;
import org.ipindex.io.FrameworkReader;
import org.ipindex.report.model.Block;
import org.ipindex.report.model.Cell;
import org.ipindex.report.model.Column;
import org.ipindex.report.model.Paragraph;
import org.ipindex.report.model.Section;
import org.ipindex.report.model.Table;
import org.ipindex.report.model.Verbatim;
import org.ipindex.report.source.IndexRelease;
import org.ipindex.report.source.ReportSource;
import org.ipindex.store.Batch;
import org.ipindex.store.Measure;

/**
 * The appendix: the frameworks (tables 1 and 2 of the 2024 report's appendix, with weights and which
 * indicators have data), the recipe and the weights in words, the data coverage, every value carried
 * forward or imputed with its source year, and the data sources.
 */
final class AppendixChapter {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
      .withZone(ZoneOffset.UTC);

  private final Words w;
  private final ReportSource src;
  private final Captions captions;

  AppendixChapter(Words w, ReportSource src) {
    this.w = w;
    this.src = src;
    this.captions = new Captions(w, "A");
  }

  Section build(String title) {
    List<Section> subs = new ArrayList<>();
    int i = 0;
    List<Block> frameworks = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    for (IndexRelease r : src.releases()) {
      frameworks.add(framework(r.framework(), r));
      shown.add(r.release().frameworkName());
    }
    for (String official : Bundled.EVALUATIONS) {
      if (!shown.contains(official)) {
        frameworks.add(Paragraph.of(w.t("本报告未使用" + official + "指数的发布版本；下表为其官方指标体系。",
            "The report uses no release of the " + official + " index; its official framework follows.")));
        frameworks.add(framework(bundledFramework(official), null));
      }
    }
    subs.add(section("frameworks", ++i, w.t("评价指标体系", "The frameworks"), frameworks));
    List<Block> method = new ArrayList<>();
    for (IndexRelease r : src.releases()) {
      method.addAll(method(r));
    }
    subs.add(section("method", ++i, w.t("测算方法与权重", "Method and weights"), method));
    List<Block> coverage = new ArrayList<>();
    for (IndexRelease r : src.releases()) {
      coverage.add(new Headlines(w).coverage(r));
      coverage.add(coverage(r));
    }
    subs.add(section("coverage", ++i, w.t("数据覆盖", "Data coverage"), coverage));
    List<Block> filled = new ArrayList<>();
    for (IndexRelease r : src.releases()) {
      filled.addAll(filled(r));
    }
    subs.add(section("filled", ++i, w.t("沿用或插补的数据", "Values carried forward or imputed"), filled));
    subs.add(section("sources", ++i, w.t("数据来源", "Data sources"), sources()));
    return new Section("appendix", title, List.of(), subs);
  }

  private Section section(String id, int i, String title, List<Block> blocks) {
    return new Section("app-" + id, w.t("附录" + i + " ", "A." + i + " ") + title, blocks, List.of());
  }

  private static Framework bundledFramework(String name) {
    try (InputStream in = Bundled.open(Bundled.frameworkPath(name))) {
      return FrameworkReader.read(name + ".csv", in, name).framework();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Table 1 / table 2: the groups above each indicator, its number, name and unit, weight, and data years. */
  private Table framework(Framework f, IndexRelease r) {
    Node root = f.root();
    Captions.Caption c = captions.table(root.nameZh() + "评价指标体系", "The framework of the " + root.nameEn());
    int depth = f.level(root.code()) - 1;
    List<Column> cols = new ArrayList<>();
    String[] levelsZh = {"一级指标", "二级指标", "三级指标", "四级指标"};
    String[] levelsEn = {"Level 1", "Level 2", "Level 3", "Level 4"};
    for (int k = 0; k < depth - 1; k++) {
      cols.add(new Column(levelsZh[Math.min(k, 3)], levelsEn[Math.min(k, 3)]));
    }
    cols.add(new Column("编号", "No."));
    cols.add(new Column(levelsZh[Math.min(depth - 1, 3)] + "（单位）", "Indicator (unit)"));
    cols.add(new Column("代码", "Code"));
    if (r != null) {
      cols.add(new Column("指数中的权重", "Weight in the index"));
      cols.add(new Column("有数据的年份", "Years with data"));
    }
    List<List<Cell>> rows = new ArrayList<>();
    int no = 0;
    for (Node n : f.indicators()) {
      no++;
      List<Cell> row = new ArrayList<>();
      List<Node> path = f.ancestry(n.code());
      for (int k = 0; k < depth - 1; k++) {
        row.add(Cell.text(k + 1 < path.size() - 1 ? Provenance.name(path.get(k + 1), w) : ""));
      }
      row.add(Cell.number(no, 0, Integer.toString(no)));
      String unit = n.unit().isEmpty() ? "" : w.t("（" + n.unit() + "）", " (" + w.unit(n.unit()) + ")");
      row.add(Cell.text(Provenance.name(n, w) + unit));
      row.add(Cell.text(n.code()));
      if (r != null) {
        double weight = r.results().weights().effective(f, n.code());
        row.add(Cell.percent(weight, 2, w.fixed(weight * 100, 2) + "%"));
        row.add(Cell.text(years(r, n.code())));
      }
      rows.add(row);
    }
    List<String> notes = new ArrayList<>();
    if (r != null) {
      notes.add(w.t("指数中的权重为各级权重之积（" + r.release().name() + "所用方法）；无数据的指标不参与计算。",
          "The weight in the index is the product of the weights down the tree (as in " + r.release().name()
              + "); indicators without data are left out."));
    }
    f.indicators().stream().filter(n -> !n.note().isEmpty() && n.note().contains("inferred"))
        .forEach(n -> notes.add(n.code() + ": " + n.note()));
    return new Table(c.id(), c.text(), cols, rows, notes);
  }

  private String years(IndexRelease r, String code) {
    List<Integer> ys = new ArrayList<>();
    for (int y : r.raw().years()) {
      boolean any = false;
      for (String u : r.raw().units()) {
        any |= !Double.isNaN(r.raw().value(u, code, y));
      }
      if (any) {
        ys.add(y);
      }
    }
    if (ys.isEmpty()) {
      return w.noData();
    }
    List<String> spans = new ArrayList<>();
    int start = ys.get(0);
    int prev = start;
    for (int k = 1; k <= ys.size(); k++) {
      if (k < ys.size() && ys.get(k) == prev + 1) {
        prev = ys.get(k);
        continue;
      }
      spans.add(start == prev ? Integer.toString(start) : start + "–" + prev);
      if (k < ys.size()) {
        start = ys.get(k);
        prev = start;
      }
    }
    return String.join(", ", spans);
  }

  private List<Block> method(IndexRelease r) {
    List<Block> out = new ArrayList<>();
    String name = Provenance.name(r.root(), w);
    int offset = r.evaluation().recipe().evaluationYearOffset();
    out.add(Paragraph.of(w.t(name + "（发布版本" + r.release().name() + "，方法“" + r.evaluation().recipe().name() + "”）："
            + (offset == 0 ? "评价年份即数据年份。" : r.evaluationYear() + "年评价主要采用" + r.dataYear() + "年数据（评价年份 = 数据年份 + "
            + offset + "）。"),
        "The " + name + " (release " + r.release().name() + ", recipe '" + r.evaluation().recipe().name() + "'): "
            + (offset == 0 ? "the evaluation year is the data year." : "the " + r.evaluationYear()
            + " evaluation uses mainly " + r.dataYear() + " data (evaluation year = data year + " + offset + ")."))));
    int k = 0;
    for (StepSpec s : r.evaluation().recipe().steps()) {
      k++;
      out.add(Paragraph.of(k + ". " + RecipeWords.describe(s, w)));
    }
    out.add(weights(r));
    out.add(new Verbatim(w.t("方法文件（" + r.release().recipeName() + "）", "Recipe file (" + r.release().recipeName() + ")"),
        r.release().recipeText()));
    return out;
  }

  private Table weights(IndexRelease r) {
    Framework f = r.framework();
    Weights weights = r.results().weights();
    Captions.Caption c = captions.table(r.root().nameZh() + "各分项的权重", "Weights of the groups of the " + r.root().nameEn());
    List<List<Cell>> rows = new ArrayList<>();
    for (Node n : f.nodes()) {
      if (f.isIndicator(n.code()) || n.code().equals(f.root().code())) {
        continue;
      }
      double local = weights.of(n.code());
      double effective = weights.effective(f, n.code());
      rows.add(List.of(Cell.text(n.code()), Cell.text(Provenance.name(n, w)),
          Cell.text(Provenance.name(f.node(n.parentCode()), w)),
          w.countCell(f.indicatorsUnder(n.code()).size()), Cell.percent(local, 2, w.fixed(local * 100, 2) + "%"),
          Cell.percent(effective, 2, w.fixed(effective * 100, 2) + "%")));
    }
    return new Table(c.id(), c.text(), List.of(new Column("代码", "Code"), new Column("分项", "Group"),
        new Column("上级", "Parent"), new Column("指标数", "Indicators"), new Column("同级中的权重", "Weight among siblings"),
        new Column("指数中的权重", "Weight in the index")), rows, List.of(w.t(
        "权重为全部指标都有数据时的权重；缺少数据的分项不参与计算，其权重在同级间重新分配。",
        "Weights with every indicator present; a group without data is left out and its weight shared among its siblings.")));
  }

  private Table coverage(IndexRelease r) {
    CoverageReport cov = r.evaluation().coverage();
    Captions.Caption c = captions.table(r.root().nameZh() + cov.year() + "年数据覆盖", "Coverage of the " + r.root().nameEn()
        + ", " + cov.year() + " data");
    List<List<Cell>> rows = new ArrayList<>();
    for (CoverageReport.IndicatorCoverage i : cov.indicators()) {
      rows.add(List.of(Cell.text(i.code()), Cell.text(Provenance.name(r.framework().node(i.code()), w)),
          Cell.percent(i.weight(), 2, w.fixed(i.weight() * 100, 2) + "%"), w.countCell(i.observed()),
          w.countCell(i.carriedForward()), w.countCell(i.imputed()), w.countCell(i.missing())));
    }
    return new Table(c.id(), c.text(), List.of(new Column("代码", "Code"), new Column("指标", "Indicator"),
        new Column("指数中的权重", "Weight in the index"), new Column("观测", "Observed"), new Column("沿用", "Carried forward"),
        new Column("插补", "Imputed"), new Column("缺失", "Missing")), rows, List.of(w.t(
        "各列为评价对象个数（共" + cov.units() + "个）。", "Counts of units (" + cov.units() + " in all).")));
  }

  /**
   * The values carried forward or imputed: one by one for the data year and the year before (the
   * years whose scores and changes the report prints), counted for every year of the release.
   */
  private List<Block> filled(IndexRelease r) {
    List<Provenance.Filled> all = Provenance.all(r);
    int year = r.dataYear();
    Captions.Caption c = captions.table(r.root().nameZh() + (year - 1) + "—" + year + "年沿用或插补的数据",
        "Values carried forward or imputed in the " + r.root().nameEn() + ", " + (year - 1) + "–" + year);
    List<List<Cell>> rows = new ArrayList<>();
    for (Provenance.Filled f : all) {
      if (f.year() < year - 1) {
        continue;
      }
      Node n = r.framework().node(f.indicator());
      rows.add(List.of(Cell.text(src.regions().name(f.unit(), w.lang())), Cell.text(f.indicator()),
          Cell.text(Provenance.name(n, w)), Cell.number(f.year(), 0, Integer.toString(f.year())),
          Double.isNaN(f.value()) ? Cell.text(w.noData()) : Cell.number(f.value(), 2, w.quantity(f.value(), n.unit())),
          Cell.text(Provenance.source(w, f.flag()))));
    }
    List<String> notes = new ArrayList<>();
    if (rows.isEmpty()) {
      notes.add(w.t("没有沿用或插补的数据：所有参与计算的值均为当年观测值。",
          "None: every value used was observed in its year."));
    }
    Table detail = new Table(c.id(), c.text(), List.of(new Column("地区", "Region"), new Column("代码", "Code"),
        new Column("指标", "Indicator"), new Column("数据年份", "Data year"), new Column("所用数值", "Value used"),
        new Column("来源", "Source")), rows, notes);
    Captions.Caption k = captions.table(r.root().nameZh() + "各年沿用或插补的数据个数",
        "Values carried forward or imputed in the " + r.root().nameEn() + ", by year");
    List<List<Cell>> counts = new ArrayList<>();
    for (int y : r.results().years()) {
      long carried = all.stream().filter(f -> f.year() == y && f.flag().kind() == FlagKind.CARRIED_FORWARD).count();
      long imputed = all.stream().filter(f -> f.year() == y && f.flag().kind() == FlagKind.IMPUTED).count();
      counts.add(List.of(Cell.number(y, 0, Integer.toString(y)), w.countCell((int) carried), w.countCell((int) imputed)));
    }
    Table byYear = new Table(k.id(), k.text(), List.of(new Column("数据年份", "Data year"),
        new Column("沿用", "Carried forward"), new Column("插补", "Imputed")), counts, List.of(w.t(
        "早于上表年份的值用于此前各年的得分（如历年序列）和标准化的范围，这里只列出个数。",
        "Values of earlier years enter the earlier years' scores (the series over the years) and the bounds of the "
            + "normalisation; they are counted here, not listed.")));
    return List.of(detail, byYear);
  }

  private List<Block> sources() {
    List<Block> out = new ArrayList<>();
    out.add(Paragraph.of(w.t("本报告的数据来自ipindex统计库。每个发布版本冻结了其时点的数据；"
            + "任一数值的全部修订记录（导入人、时间、文件、原因）可用 ipindex data history 指标 地区 年份 查询。",
        "The data come from the ipindex statistics store. Each release froze the data as of its moment; every revision "
            + "of any value (who, when, file, reason) is listed by `ipindex data history MEASURE REGION YEAR`.")));
    for (IndexRelease r : src.releases()) {
      out.add(Paragraph.of(w.t("发布版本" + r.release().name() + "：数据截至" + WHEN.format(r.release().asOf()) + "，"
              + r.release().measures().size() + "个统计项 × " + r.release().regions().size() + "个地区，SHA-256 "
              + r.release().contentSha256() + "；按其冻结的数据、指标体系和方法重新计算，结果逐位一致。",
          "Release " + r.release().name() + ": data as of " + WHEN.format(r.release().asOf()) + ", "
              + r.release().measures().size() + " measures × " + r.release().regions().size() + " regions, SHA-256 "
              + r.release().contentSha256()
              + "; evaluated again from what it froze, it reproduces its results bit for bit.")));
    }
    out.add(measures());
    out.add(batches());
    if (src.progress() != null) {
      out.add(Paragraph.of(w.t("预期性指标的目标取自统计库中的目标集，观测值取自随程序发布的 targets/observed.csv（见 targets/README.md）。",
          "The targets of the expected indicators come from the store's target sets, their observed values from "
              + "targets/observed.csv shipped with ipindex (see targets/README.md).")));
    }
    return out;
  }

  private Table measures() {
    Captions.Caption c = captions.table("有数据的指标及其来源", "Indicators with data and their sources");
    List<List<Cell>> rows = new ArrayList<>();
    for (IndexRelease r : src.releases()) {
      for (Node n : r.framework().indicators()) {
        if (years(r, n.code()).equals(w.noData())) {
          continue;
        }
        Measure m = src.measures().get(n.code());
        rows.add(List.of(Cell.text(n.code()), Cell.text(Provenance.name(n, w)), Cell.text(w.unit(n.unit())),
            Cell.text(years(r, n.code())), Cell.text(m == null ? "" : m.sourceAgency()),
            Cell.text(m == null ? "" : m.note())));
      }
    }
    return new Table(c.id(), c.text(), List.of(new Column("代码", "Code"), new Column("指标", "Indicator"),
        new Column("单位", "Unit"), new Column("年份", "Years"), new Column("来源机构", "Source"),
        new Column("说明", "Note")), rows, List.of());
  }

  private Table batches() {
    Captions.Caption c = captions.table("统计库中的数据批次", "Batches of data in the store");
    List<List<Cell>> rows = new ArrayList<>();
    for (Batch b : src.batches()) {
      rows.add(List.of(Cell.number(b.id(), 0, Long.toString(b.id())), Cell.text(WHEN.format(b.recordedAt())),
          Cell.text(b.info().who()), Cell.text(b.info().fileName() == null ? "" : b.info().fileName()),
          Cell.text(b.info().sourceDocument() == null ? "" : b.info().sourceDocument()),
          w.countCell((int) b.summary().added()), w.countCell((int) b.summary().revised())));
    }
    return new Table(c.id(), c.text(), List.of(new Column("批次", "Batch"), new Column("时间", "Recorded"),
        new Column("导入人", "By"), new Column("文件", "File"), new Column("来源文件", "Source document"),
        new Column("新增值", "New values"), new Column("修订值", "Revised values")), rows,
        List.of(w.t("截至最后一个发布版本时点的全部批次。", "Every batch recorded up to the moment of the latest release.")));
  }
}
