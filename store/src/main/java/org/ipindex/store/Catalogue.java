package org.ipindex.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.ProblemCode;

/**
 * What the store knows values of: measures (raw statistics), regions with their parents and
 * children, groupings of regions (the four areas, the five strategic regions) and aliases, so that
 * 广东 / 广东省 / Guangdong / 44 / 440000 all mean Guangdong. A new store is seeded from the bundled
 * {@code data/regions.csv} and {@code data/measures.csv}.
 */
public final class Catalogue {
  /** The grouping of the four areas (东部, 中部, 西部, 东北). */
  public static final String AREA = "area";
  /** The grouping of the five strategic regions (a province may be in several or none). */
  public static final String STRATEGIC_REGION = "strategic_region";

  private static final Map<String, String> AREA_EN = Map.of("东部", "east", "中部", "central", "西部", "west", "东北", "northeast");
  private static final List<String> AREA_ORDER = List.of("东部", "中部", "西部", "东北");
  private static final List<String> STRATEGIC_ORDER = List.of("京津冀", "长江经济带", "长三角", "粤港澳大湾区", "黄河流域");
  private static final Map<String, String> STRATEGIC_EN = Map.of("京津冀", "Beijing-Tianjin-Hebei",
      "长江经济带", "Yangtze River Economic Belt", "长三角", "Yangtze River Delta",
      "粤港澳大湾区", "Guangdong-Hong Kong-Macao Greater Bay Area", "黄河流域", "Yellow River Basin");

  private final Store store;
  private volatile Snapshot snapshot;

  private record Snapshot(Map<String, Measure> measures, Map<String, Region> regions, Map<String, String> aliases) {}

  Catalogue(Store store) {
    this.store = store;
  }

  /** Returns every measure, by code. */
  public List<Measure> measures() {
    return List.copyOf(snapshot().measures().values());
  }

  public Optional<Measure> measure(String code) {
    return Optional.ofNullable(snapshot().measures().get(code));
  }

  /** Returns every region in catalogue order (nation, provinces, 台港澳, cities, the Corps). */
  public List<Region> regions() {
    return List.copyOf(snapshot().regions().values());
  }

  /** Returns the regions of one type, in catalogue order. */
  public List<Region> regions(Region.Type type) {
    return snapshot().regions().values().stream().filter(r -> r.type() == type).toList();
  }

  public Optional<Region> region(String code) {
    return Optional.ofNullable(snapshot().regions().get(code));
  }

  /** Returns the regions whose parent is {@code code} (a province's cities, the nation's provinces). */
  public List<Region> children(String code) {
    return snapshot().regions().values().stream().filter(r -> code.equals(r.parent())).toList();
  }

  /** Returns the region code for any spelling of it (code, six-digit code, Chinese, English), if known. */
  public Optional<String> resolve(String spelling) {
    if (spelling == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(snapshot().aliases().get(spelling.trim().toLowerCase(Locale.ROOT)));
  }

  /**
   * Returns the region code for a spelling.
   *
   * @throws DataException naming the spelling when it is no known region
   */
  public String require(String spelling) {
    return resolve(spelling).orElseThrow(() -> DataException.of(ProblemCode.UNKNOWN_UNIT, "region " + spelling,
        "unknown region '%s'; write a province as 广东, 广东省, Guangdong, 44 or 440000 (see `ipindex data regions`)"
            .formatted(spelling)));
  }

  /** Returns every alias and the region it means. */
  public Map<String, String> aliases() {
    return snapshot().aliases();
  }

  /**
   * Returns the groups of a grouping, label → region codes, in the official order.
   *
   * @throws IllegalArgumentException for an unknown grouping
   */
  public Map<String, List<String>> groups(String grouping) {
    if (!grouping.equals(AREA) && !grouping.equals(STRATEGIC_REGION)) {
      throw new IllegalArgumentException("unknown grouping '%s'; use %s or %s".formatted(grouping, AREA, STRATEGIC_REGION));
    }
    return store.read(c -> {
      Map<String, List<String>> out = new LinkedHashMap<>();
      try (PreparedStatement p = c.prepareStatement("select m.label_zh, m.region from grouping_member m "
          + "join region r on r.code = m.region where m.grouping = ? order by m.label_order, r.sort_order")) {
        p.setString(1, grouping);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2));
          }
        }
      }
      out.replaceAll((k, v) -> List.copyOf(v));
      return Collections.unmodifiableMap(out);
    });
  }

  /**
   * Adds a measure; adding one that exists with the same definition does nothing.
   *
   * @throws DataException when a measure with this code exists with another definition
   */
  public void addMeasure(Measure m) {
    Optional<Measure> existing = measure(m.code());
    if (existing.isPresent()) {
      if (!existing.get().equals(m)) {
        throw DataException.of(ProblemCode.DUPLICATE_CODE, "measure " + m.code(),
            "measure '%s' exists with another definition (%s); measures are not redefined: use another code"
                .formatted(m.code(), existing.get()));
      }
      return;
    }
    store.write(c -> {
      insertMeasures(c, List.of(m));
      return null;
    });
    snapshot = null;
  }

  /**
   * Adds an alias for a region (lower-cased).
   *
   * @throws DataException when the region is unknown or the alias already means another region
   */
  public void addAlias(String alias, String regionCode) {
    if (region(regionCode).isEmpty()) {
      throw DataException.of(ProblemCode.UNKNOWN_UNIT, "region " + regionCode, "unknown region code " + regionCode);
    }
    String key = alias.trim().toLowerCase(Locale.ROOT);
    Optional<String> existing = resolve(key);
    if (existing.isPresent()) {
      if (!existing.get().equals(regionCode)) {
        throw DataException.of(ProblemCode.DUPLICATE_CODE, "alias " + alias,
            "'%s' already means region %s".formatted(alias, existing.get()));
      }
      return;
    }
    store.write(c -> {
      try (PreparedStatement p = c.prepareStatement("insert into region_alias (alias, region) values (?, ?)")) {
        p.setString(1, key);
        p.setString(2, regionCode);
        p.executeUpdate();
      }
      return null;
    });
    snapshot = null;
  }

  /** Reads the catalogue again (another process may have added measures or aliases). */
  public void refresh() {
    snapshot = null;
  }

  private Snapshot snapshot() {
    Snapshot s = snapshot;
    if (s == null) {
      s = store.read(Catalogue::load);
      snapshot = s;
    }
    return s;
  }

  private static Snapshot load(Connection c) throws SQLException {
    Map<String, Measure> measures = new LinkedHashMap<>();
    Map<String, Region> regions = new LinkedHashMap<>();
    Map<String, String> aliases = new LinkedHashMap<>();
    try (Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery(
          "select code, name_zh, name_en, unit, kind, source_agency, note from measure order by code")) {
        while (r.next()) {
          measures.put(r.getString(1), new Measure(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
              Measure.Kind.of(r.getString(5)), r.getString(6), r.getString(7)));
        }
      }
      try (ResultSet r = s.executeQuery(
          "select code, name_zh, full_name_zh, name_en, type, parent from region order by sort_order")) {
        while (r.next()) {
          regions.put(r.getString(1), new Region(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
              Region.Type.of(r.getString(5)), r.getString(6)));
        }
      }
      try (ResultSet r = s.executeQuery("select alias, region from region_alias order by alias")) {
        while (r.next()) {
          aliases.put(r.getString(1), r.getString(2));
        }
      }
    }
    return new Snapshot(Collections.unmodifiableMap(measures), Collections.unmodifiableMap(regions),
        Collections.unmodifiableMap(aliases));
  }

  /**
   * Seeds an empty catalogue from the bundled files and adds the bundled regions and measures a store
   * made by an earlier version lacks, in one transaction. Stored entries are never changed; an alias
   * already taken keeps its meaning.
   */
  void seedMissing() {
    Snapshot now = snapshot();
    List<CSVRecord> missingRegions = bundled("regions.csv").stream()
        .filter(r -> !now.regions().containsKey(r.get("code"))).toList();
    List<Measure> missingMeasures = bundledMeasures().stream()
        .filter(m -> !now.measures().containsKey(m.code())).toList();
    if (missingRegions.isEmpty() && missingMeasures.isEmpty()) {
      return;
    }
    store.write(c -> {
      seedRegions(c, missingRegions, now.regions().size(), now.aliases());
      insertMeasures(c, missingMeasures);
      return null;
    });
    snapshot = null;
  }

  /**
   * The bundled measures: those of {@code data/measures.csv} (the store's own, with indicator values
   * imported as printed) and every statistic of the import catalogue {@code frameworks/measures.csv},
   * whose qualified codes are spelled with an underscore ({@code valid_patents[invention]} →
   * {@code valid_patents_invention}).
   */
  static List<Measure> bundledMeasures() {
    Map<String, Measure> out = new LinkedHashMap<>();
    for (CSVRecord r : bundled("measures.csv")) {
      out.put(r.get("code"), new Measure(r.get("code"), r.get("name_zh"), r.get("name_en"), r.get("unit"),
          Measure.Kind.of(r.get("kind")), r.get("source_agency"), r.get("note")));
    }
    for (CSVRecord r : bundled("catalogue/measures.csv")) {
      String code = storeCode(r.get("code"));
      Measure.Kind kind = switch (r.get("kind")) {
        case "count", "amount" -> Measure.Kind.of(r.get("accrual"));
        default -> Measure.Kind.RATIO;
      };
      out.putIfAbsent(code, new Measure(code, r.get("name_zh"), r.get("name_en"), r.get("unit"), kind,
          r.get("source_agency"), r.get("note")));
    }
    return List.copyOf(out.values());
  }

  /** Returns the store's spelling of an import-catalogue measure code: {@code a[b]} → {@code a_b}. */
  public static String storeCode(String catalogueCode) {
    return catalogueCode.replace("[", "_").replace("]", "");
  }

  private static void seedRegions(Connection c, List<CSVRecord> rows, int firstOrder, Map<String, String> stored)
      throws SQLException {
    Map<String, String> aliases = new LinkedHashMap<>();
    try (PreparedStatement region = c.prepareStatement(
            "insert into region (code, name_zh, full_name_zh, name_en, type, parent, sort_order) values (?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement member = c.prepareStatement(
            "insert into grouping_member (grouping, label_zh, label_en, region, label_order) values (?, ?, ?, ?, ?)")) {
      int order = firstOrder;
      for (CSVRecord r : rows) {
        String code = r.get("code");
        region.setString(1, code);
        region.setString(2, r.get("name_zh"));
        region.setString(3, r.get("full_name_zh"));
        region.setString(4, r.get("name_en"));
        region.setString(5, r.get("type"));
        region.setString(6, r.get("parent").isEmpty() ? null : r.get("parent"));
        region.setInt(7, order++);
        region.executeUpdate();
        List<String> names = new ArrayList<>(List.of(code, r.get("name_zh"), r.get("full_name_zh"), r.get("name_en")));
        if (code.length() == 2 && Character.isDigit(code.charAt(0))) {
          names.add(code + "0000");
        }
        if (!r.get("aliases").isBlank()) {
          names.addAll(List.of(r.get("aliases").split(";")));
        }
        for (String n : names) {
          String key = n.trim().toLowerCase(Locale.ROOT);
          String before = aliases.putIfAbsent(key, code);
          if (before != null && !before.equals(code)) {
            throw new IllegalStateException("bundled regions.csv: alias '%s' means both %s and %s".formatted(n, before, code));
          }
        }
        if (!r.get("area_zh").isBlank()) {
          String area = r.get("area_zh");
          addMember(member, AREA, area, AREA_EN.get(area), code, AREA_ORDER.indexOf(area));
        }
        if (!r.get("strategic_region").isBlank()) {
          for (String s : r.get("strategic_region").split(";")) {
            addMember(member, STRATEGIC_REGION, s, STRATEGIC_EN.get(s), code, STRATEGIC_ORDER.indexOf(s));
          }
        }
      }
    }
    try (PreparedStatement p = c.prepareStatement("insert into region_alias (alias, region) values (?, ?)")) {
      for (var e : aliases.entrySet()) {
        if (stored.containsKey(e.getKey())) {
          continue;
        }
        p.setString(1, e.getKey());
        p.setString(2, e.getValue());
        p.executeUpdate();
      }
    }
  }

  private static void addMember(PreparedStatement p, String grouping, String labelZh, String labelEn, String region,
      int order) throws SQLException {
    if (labelEn == null) {
      throw new IllegalStateException("bundled regions.csv: unknown %s '%s'".formatted(grouping, labelZh));
    }
    p.setString(1, grouping);
    p.setString(2, labelZh);
    p.setString(3, labelEn);
    p.setString(4, region);
    p.setInt(5, order);
    p.executeUpdate();
  }

  private static void insertMeasures(Connection c, List<Measure> measures) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(
        "insert into measure (code, name_zh, name_en, unit, kind, source_agency, note) values (?, ?, ?, ?, ?, ?, ?)")) {
      for (Measure m : measures) {
        p.setString(1, m.code());
        p.setString(2, m.nameZh());
        p.setString(3, m.nameEn());
        p.setString(4, m.unit());
        p.setString(5, m.kind().sql());
        p.setString(6, m.sourceAgency());
        p.setString(7, m.note());
        p.executeUpdate();
      }
    }
  }

  /** Reads a bundled CSV of the store (from the repository's {@code data/}). */
  static List<CSVRecord> bundled(String name) {
    try (InputStream in = Catalogue.class.getClassLoader().getResourceAsStream("ipindex/store/" + name)) {
      if (in == null) {
        throw new IllegalStateException("bundled file data/" + name + " is missing from this build of ipindex");
      }
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
          .parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
