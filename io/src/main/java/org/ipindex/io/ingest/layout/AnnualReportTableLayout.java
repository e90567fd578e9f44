package org.ipindex.io.ingest.layout;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipindex.io.ingest.Issue;
import org.ipindex.io.ingest.IssueCode;
import org.ipindex.io.ingest.Location;
import org.ipindex.io.ingest.Notation;
import org.ipindex.io.ingest.Parsed;
import org.ipindex.io.ingest.Spellings;
import org.ipindex.io.ingest.StagedRows;
import org.ipindex.io.ingest.Years;

/**
 * Reads the statistical tables of the CNIPA annual report (附录一 统计资料) as printed, from CSV or
 * XLSX: any number of tables one after another (or one a sheet), each
 *
 * <pre>
 * 表 5 分地区国内有效专利状况                      ← title: the table's number and measure
 * 单位：件                                        ← the unit
 * 地区     | 截至 2023 年年底 |    |    |    | 截至 2024 年年底 | …   ← header row 1: years (merged cells)
 *          | 合计 | 发明 | 实用新型 | 外观设计 | 合计 | …        ← header row 2: parts
 * 国内总计  | 19279828 | 4088695 | …                             ← total row
 * 北京     | …
 * (续表)                                          ← continuation: the header is repeated
 * …
 * (深圳)   | …                                      ← sub-provincial cities, 新疆生产建设兵团
 * </pre>
 *
 * <p>The measure comes from the mapping's {@code measure}, else from the title (专利申请 →
 * {@code patent_applications}, 专利授权, 有效专利, 商标, 地理标志产品, 集体商标, 布图设计登记申请 / 发证);
 * part columns qualify it ({@code 发明} → {@code valid_patents[invention]}, {@code 合计} → the total).
 * A header may also hold the years in its second row (表9: 年末累计批准数量 / 2023年 2024年).
 * In the tables of foreign applicants, the rows after {@code 国外在华总计} are countries, which
 * are skipped (and listed) unless the mapping says {@code countries: keep}.
 */
public final class AnnualReportTableLayout {
  private static final Pattern TITLE = Pattern.compile("表\\s*(\\d+)\\s*(.*)");
  private static final Pattern UNIT = Pattern.compile("单位\\s*[:：]\\s*(\\S+)");
  private static final Set<String> HEADER_WORDS = Set.of("地区", "国家和地区", "国家(地区)", "国别", "省份", "省(区、市)");
  private static final String FOREIGN_TOTAL = Spellings.key("国外在华总计");
  private static final Map<String, String> TRADEMARK_COLUMNS = Map.of("申请量", "trademark_applications", "注册量",
      "trademark_registrations", "年末有效注册量", "valid_trademark_registrations", "有效注册量", "valid_trademark_registrations");
  private static final List<String[]> TITLE_MEASURES = List.of(
      new String[] {"集体商标", "gi_trademarks_cumulative"},
      new String[] {"地理标志产品", "gi_products_cumulative"},
      new String[] {"布图设计登记申请", "ic_layout_applications"},
      new String[] {"布图设计登记发证", "ic_layout_certificates"},
      new String[] {"有效专利", "valid_patents"},
      new String[] {"专利申请", "patent_applications"},
      new String[] {"专利授权", "patent_grants"});

  private AnnualReportTableLayout() {}

  /** Reads the tables with what the tables themselves say (no mapping). */
  public static Parsed read(String file, InputStream in) throws IOException {
    return read(file, in, Mapping.annualReport());
  }

  /** Reads the tables (the stream is closed here). */
  public static Parsed read(String file, InputStream in, Mapping mapping) throws IOException {
    List<Issue> issues = new ArrayList<>();
    StagedRows.Builder rows = StagedRows.builder(file).keyColumns("A", "");
    List<String> skipped = new ArrayList<>();
    int[] missing = {0};
    for (Grid grid : Sheets.pick(file, Grids.read(file, in, issues), mapping.sheet(), issues)) {
      new Reader(grid, mapping, rows, issues, skipped, missing).read();
    }
    if (rows.size() == 0 && missing[0] == 0 && issues.isEmpty()) {
      issues.add(Issue.error(IssueCode.EMPTY_FILE, Location.of(file), "", "no table with values was found",
          "keep the tables as printed: a title (表 5 …), a unit line, two header rows (years, then 合计 发明 …), the rows"));
    }
    return new Parsed(file, rows.build(), issues, missing[0], skipped);
  }

  /** One column of values: where, its name in messages, the measure and year. */
  private record Column(int index, String name, String measure, int year) {}

  /** Reads one grid, table by table. */
  private static final class Reader {
    private final Grid grid;
    private final Mapping mapping;
    private final StagedRows.Builder rows;
    private final List<Issue> issues;
    private final List<String> skipped;
    private final int[] missing;
    private String table = "";
    private String base;
    private String unit = "";
    private List<Column> columns = List.of();
    private Grid.Row pendingHeader;
    private boolean foreign;
    private final Map<String, List<String>> countries = new LinkedHashMap<>();
    private boolean warnedNoHeader;

    Reader(Grid grid, Mapping mapping, StagedRows.Builder rows, List<Issue> issues, List<String> skipped, int[] missing) {
      this.grid = grid;
      this.mapping = mapping;
      this.rows = rows;
      this.issues = issues;
      this.skipped = skipped;
      this.missing = missing;
      this.base = mapping.measure();
    }

    void read() {
      for (Grid.Row row : grid.rows()) {
        String first = row.cell(0);
        String key = Spellings.key(first);
        Matcher title = TITLE.matcher(first);
        if (title.matches() && row.blankFrom(1)) {
          startTable("表" + title.group(1), title.group(2));
          continue;
        }
        Matcher u = UNIT.matcher(String.join(" ", row.cells()));
        if (u.find() && row.cells().stream().filter(s -> !s.isEmpty()).count() == 1) {
          unit = u.group(1);
          continue;
        }
        if (key.equals("续表") || key.startsWith("注") && row.blankFrom(1)) {
          continue;
        }
        if (HEADER_WORDS.contains(key)) {
          if (pendingHeader != null) {
            columns = header(pendingHeader, null);
          }
          pendingHeader = row;
          continue;
        }
        if (pendingHeader != null) {
          if (first.isEmpty()) {
            columns = header(pendingHeader, row);
            pendingHeader = null;
            continue;
          }
          columns = header(pendingHeader, null);
          pendingHeader = null;
        }
        data(row, first, key);
      }
      if (pendingHeader != null) {
        columns = header(pendingHeader, null);
      }
      flushCountries();
    }

    private void startTable(String number, String title) {
      flushCountries();
      table = number;
      unit = "";
      columns = List.of();
      foreign = false;
      base = mapping.measure();
      if (base.isEmpty()) {
        for (String[] t : TITLE_MEASURES) {
          if (title.contains(t[0])) {
            base = t[1];
            break;
          }
        }
      }
    }

    private List<Column> header(Grid.Row top, Grid.Row sub) {
      List<Column> out = new ArrayList<>();
      int width = Math.max(top.cells().size(), sub == null ? 0 : sub.cells().size());
      String carried = "";
      for (int c = 1; c < width; c++) {
        String upper = top.cell(c);
        if (upper.isEmpty()) {
          upper = carried;
        }
        carried = upper;
        String lower = sub == null ? "" : sub.cell(c);
        if (upper.isEmpty() && lower.isEmpty()) {
          continue;
        }
        String name = Sheets.column(c, (upper + " " + lower).strip());
        int year = Years.find(upper);
        String label = lower;
        if (year < 0) {
          year = Years.find(lower);
          label = upper;
        }
        if (year < 0) {
          issues.add(Issue.error(IssueCode.BAD_MAPPING, new Location(grid.file(), grid.sheet(), (sub == null ? top : sub).number(), name),
              (upper + " " + lower).strip(), "the header of column %s names no year".formatted(name),
              "write the year in the first or second header row, e.g. 2024年 or 截至 2024 年年底"));
          continue;
        }
        String measure = measure(label);
        if (measure.isEmpty()) {
          issues.add(Issue.error(IssueCode.BAD_MAPPING, new Location(grid.file(), grid.sheet(), top.number(), name), label,
              "no measure for column %s of %s: the title names none".formatted(name, table.isEmpty() ? "the table" : table),
              "give it in a mapping (layout: annual_report and measure: valid_patents) or name the column (columns: {%s: CODE})"
                  .formatted(label)));
          continue;
        }
        out.add(new Column(c, name, measure, year));
      }
      return out;
    }

    private String measure(String label) {
      String k = Spellings.key(label);
      for (Map.Entry<String, Mapping.Column> e : mapping.columns().entrySet()) {
        if (Spellings.key(e.getKey()).equals(k)) {
          return e.getValue().measure();
        }
      }
      for (Map.Entry<String, String> e : mapping.parts().entrySet()) {
        if (Spellings.key(e.getKey()).equals(k)) {
          return base.isEmpty() ? "" : e.getValue().isEmpty() ? base : base + "[" + e.getValue() + "]";
        }
      }
      String trademark = TRADEMARK_COLUMNS.get(label);
      if (trademark != null) {
        return trademark;
      }
      return base.isEmpty() ? label : base;
    }

    private void data(Grid.Row row, String first, String key) {
      if (columns.isEmpty()) {
        if (!warnedNoHeader && !row.blankFrom(1)) {
          warnedNoHeader = true;
          issues.add(Issue.error(IssueCode.BAD_MAPPING, new Location(grid.file(), grid.sheet(), row.number(), "A"), first,
              "values before any table header (a row starting with 地区 or 国家和地区)",
              "keep the header rows of every table, as printed in the report"));
        }
        return;
      }
      if (key.equals(FOREIGN_TOTAL)) {
        foreign = true;
      } else if (foreign && !mapping.keepCountries()) {
        countries.computeIfAbsent(table, t -> new ArrayList<>()).add(first);
        return;
      }
      if (first.isEmpty()) {
        if (!row.blankFrom(1)) {
          issues.add(Issue.error(IssueCode.EMPTY_KEY, new Location(grid.file(), grid.sheet(), row.number(), "A"), "",
              "the region is empty", "write the region's name as printed, e.g. 广东 or (深圳)"));
        }
        return;
      }
      String u = mapping.unit().isEmpty() ? unit : mapping.unit();
      for (Column c : columns) {
        String text = row.cell(c.index());
        Notation.Reading r = Notation.parse(text);
        switch (r.kind()) {
          case INVALID -> issues.add(Issue.error(IssueCode.NOT_A_NUMBER,
              new Location(grid.file(), grid.sheet(), row.number(), c.name()), text, r.problem(), r.fix()));
          case MISSING -> missing[0]++;
          case NUMBER -> rows.add(c.measure(), first, c.year(), r.unscaled(), r.scale(), r.unit().isEmpty() ? u : r.unit(),
              grid.sheet(), row.number(), c.name());
        }
      }
    }

    private void flushCountries() {
      countries.forEach((t, names) -> skipped.add("%s%s: %d country rows (%s%s): countries are not regions of the catalogue; a mapping with countries: keep stages them"
          .formatted(grid.sheet().isEmpty() ? "" : "sheet " + grid.sheet() + ", ", t.isEmpty() ? "table" : t, names.size(),
              String.join(", ", names.subList(0, Math.min(3, names.size()))), names.size() > 3 ? " …" : "")));
      countries.clear();
    }
  }
}
