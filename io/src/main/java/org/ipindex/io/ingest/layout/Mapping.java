package org.ipindex.io.ingest.layout;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ipindex.io.ingest.Issue;
import org.ipindex.io.ingest.IssueCode;
import org.ipindex.io.ingest.Location;
import org.ipindex.io.ingest.Spellings;

/**
 * How to read a wide table or an annual-report table: a small YAML (or JSON) file next to the data.
 *
 * <pre>
 * # regions as rows, measures as columns (headers are measure codes or aliases unless renamed)
 * sheet: 表5                 # XLSX sheet by name or number (from 1); default the first
 * header_rows: 2             # header rows; their texts are joined per column ("2024年 发明")
 * region_column: 地区         # by header or letter; default the first column
 * year: 2024                 # the year of every value
 * unit: 件                   # the unit of every value unless a column or cell says otherwise
 * columns:
 *   发明专利拥有量: valid_patents[invention]
 *   F: {measure: population_year_end, unit: 万人}
 * skip_columns: [备注]
 *
 * # regions as rows, years as columns
 * measure: gdp
 * unit: 亿元                 # a column whose header holds a year is that year's values
 * </pre>
 *
 * <p>For {@code layout: annual_report} (see {@link AnnualReportTableLayout}) the keys are
 * {@code measure} (the table's base measure, else taken from the title), {@code unit},
 * {@code parts} (column label → qualifier, default 合计 → none, 发明 → invention, 实用新型 →
 * utility_model, 外观设计 → design), {@code columns} (label → measure) and {@code countries}
 * ({@code skip}, the default, or {@code keep}).
 *
 * @param layout {@code wide} or {@code annual_report}
 * @param sheet the sheet's name or number, "" for the first (wide) or all (annual report)
 * @param headerRows how many header rows a wide table has (≥ 1)
 * @param regionColumn the region column's header or letter, "" for the first column
 * @param measure the measure of every value (years as columns), or the base measure (annual report)
 * @param year the year of every value (measures as columns), or null
 * @param unit the unit of the values, "" for each measure's own
 * @param columns what particular columns hold, by header label or letter
 * @param skipColumns columns to leave out, by header label or letter
 * @param parts annual report: column label → qualifier ("" for the total)
 * @param keepCountries annual report: whether country rows are staged (they are not regions of the catalogue)
 */
public record Mapping(String layout, String sheet, int headerRows, String regionColumn, String measure, Integer year,
    String unit, Map<String, Column> columns, List<String> skipColumns, Map<String, String> parts, boolean keepCountries) {
  /** The default parts of the patent tables. */
  public static final Map<String, String> PATENT_PARTS = Map.of("合计", "", "发明", "invention", "实用新型", "utility_model",
      "外观设计", "design");
  private static final List<String> KEYS = List.of("layout", "sheet", "header_rows", "region_column", "measure", "year",
      "unit", "columns", "skip_columns", "parts", "countries");

  public Mapping {
    Objects.requireNonNull(layout, "layout");
    sheet = sheet == null ? "" : sheet;
    if (headerRows < 1) {
      throw new IllegalArgumentException("headerRows must be >= 1, got " + headerRows);
    }
    regionColumn = regionColumn == null ? "" : regionColumn;
    measure = measure == null ? "" : measure;
    unit = unit == null ? "" : unit;
    columns = Map.copyOf(columns);
    skipColumns = List.copyOf(skipColumns);
    parts = Map.copyOf(parts);
  }

  /**
   * What one column holds; a null or empty field is taken from the mapping or the header.
   *
   * @param measure the measure, "" for the mapping's or the header's
   * @param year the year, null for the mapping's or the header's
   * @param unit the unit, "" for the mapping's
   */
  public record Column(String measure, Integer year, String unit) {
    public Column {
      measure = measure == null ? "" : measure;
      unit = unit == null ? "" : unit;
    }
  }

  /** Returns the mapping an annual-report table needs when nothing is given: everything from the tables. */
  public static Mapping annualReport() {
    return new Mapping("annual_report", "", 2, "", "", null, "", Map.of(), List.of(), PATENT_PARTS, false);
  }

  /** Returns a wide-table mapping: one header row, measures as columns in one year. */
  public static Mapping wide(int year, String unit) {
    return new Mapping("wide", "", 1, "", "", year, unit, Map.of(), List.of(), Map.of(), false);
  }

  /** Returns a wide-table mapping: one header row, years as columns of one measure. */
  public static Mapping yearsAsColumns(String measure, String unit) {
    return new Mapping("wide", "", 1, "", measure, null, unit, Map.of(), List.of(), Map.of(), false);
  }

  /** Returns whether this is an annual-report mapping. */
  public boolean annualReportLayout() {
    return layout.equals("annual_report");
  }

  /**
   * Reads a mapping file (YAML or JSON; the stream is closed here). Problems are added to
   * {@code issues}; the result is null when the file cannot be used.
   */
  public static Mapping read(String file, InputStream in, List<Issue> issues) throws IOException {
    JsonNode root;
    try (in) {
      root = new ObjectMapper(new YAMLFactory()).readTree(in);
    } catch (JsonProcessingException e) {
      issues.add(bad(file, "the mapping is not valid YAML or JSON (%s)".formatted(e.getOriginalMessage()),
          "check the indentation and the colons; see the examples in the documentation of Mapping"));
      return null;
    }
    if (root == null || !root.isObject()) {
      issues.add(bad(file, "the mapping is empty or not a set of keys", "write keys such as year: 2024 and unit: 件"));
      return null;
    }
    int before = issues.size();
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!KEYS.contains(key)) {
        issues.add(bad(file, "unknown key '%s'%s".formatted(key, Spellings.suggest(key, KEYS)), "use only " + String.join(", ", KEYS)));
      }
    }
    String layout = text(root, "layout", "wide");
    if (!layout.equals("wide") && !layout.equals("annual_report")) {
      issues.add(bad(file, "layout '%s' is not known".formatted(layout), "write layout: wide or layout: annual_report"));
    }
    boolean report = layout.equals("annual_report");
    int headerRows = integer(file, root, "header_rows", report ? 2 : 1, issues);
    if (headerRows < 1 || headerRows > 5) {
      issues.add(bad(file, "header_rows is %d".formatted(headerRows), "write the number of header rows, 1 to 5"));
      headerRows = 1;
    }
    Integer year = root.has("year") ? integer(file, root, "year", 0, issues) : null;
    Map<String, Column> columns = new LinkedHashMap<>();
    JsonNode cols = root.get("columns");
    if (cols != null) {
      if (!cols.isObject()) {
        issues.add(bad(file, "columns is not a set of 'header: measure' entries", "write e.g. columns: {发明专利拥有量: valid_patents[invention]}"));
      } else {
        cols.properties().forEach(e -> columns.put(e.getKey(), column(file, e.getKey(), e.getValue(), issues)));
      }
    }
    List<String> skip = new ArrayList<>();
    JsonNode skipNode = root.get("skip_columns");
    if (skipNode != null) {
      if (skipNode.isArray()) {
        skipNode.forEach(n -> skip.add(n.asText()));
      } else {
        skip.add(skipNode.asText());
      }
    }
    Map<String, String> parts = new LinkedHashMap<>(report ? PATENT_PARTS : Map.of());
    JsonNode partsNode = root.get("parts");
    if (partsNode != null) {
      parts.clear();
      partsNode.properties().forEach(e -> parts.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText()));
    }
    String countries = text(root, "countries", "skip");
    if (!countries.equals("skip") && !countries.equals("keep")) {
      issues.add(bad(file, "countries is '%s'".formatted(countries), "write countries: skip or countries: keep"));
    }
    if (issues.size() > before) {
      return null;
    }
    return new Mapping(layout, text(root, "sheet", ""), headerRows, text(root, "region_column", ""),
        text(root, "measure", ""), year, text(root, "unit", ""), columns, skip, parts, countries.equals("keep"));
  }

  private static Column column(String file, String header, JsonNode node, List<Issue> issues) {
    if (node.isTextual()) {
      return new Column(node.asText(), null, "");
    }
    if (!node.isObject()) {
      issues.add(bad(file, "column '%s' maps to '%s'".formatted(header, node), "write a measure code or {measure: …, year: …, unit: …}"));
      return new Column("", null, "");
    }
    Integer year = node.has("year") ? integer(file, node, "year", 0, issues) : null;
    return new Column(text(node, "measure", ""), year, text(node, "unit", ""));
  }

  private static String text(JsonNode node, String key, String otherwise) {
    JsonNode n = node.get(key);
    return n == null || n.isNull() ? otherwise : n.asText().strip();
  }

  private static int integer(String file, JsonNode node, String key, int otherwise, List<Issue> issues) {
    JsonNode n = node.get(key);
    if (n == null || n.isNull()) {
      return otherwise;
    }
    if (n.canConvertToInt() && n.isIntegralNumber() || n.isTextual() && n.asText().strip().matches("\\d{1,9}")) {
      return n.isTextual() ? Integer.parseInt(n.asText().strip()) : n.asInt();
    }
    issues.add(bad(file, "%s is '%s', not a whole number".formatted(key, n.asText()), "write e.g. %s: %s".formatted(key,
        key.equals("year") ? "2024" : "1")));
    return otherwise;
  }

  private static Issue bad(String file, String problem, String fix) {
    return Issue.error(IssueCode.BAD_MAPPING, Location.of(file), "", problem, fix);
  }
}
