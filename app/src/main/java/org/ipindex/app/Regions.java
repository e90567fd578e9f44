package org.ipindex.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The 31 provinces of the regional evaluation with their codes, names, areas and strategic regions,
 * from the bundled {@code data/provinces.csv}. Resolves the many ways a province is written
 * (广东 / 广东省 / Guangdong / 44 / 440000) to its two-digit GB/T 2260 code.
 */
public final class Regions {
  /** Grouping column of the four areas (东部, 中部, 西部, 东北). */
  public static final String AREA = "area";
  /** Grouping column of the five strategic regions (a province may be in several or none). */
  public static final String STRATEGIC_REGION = "strategic_region";

  private final List<Province> provinces;
  private final Map<String, String> aliases;

  /**
   * One province.
   *
   * @param code two-digit GB/T 2260 code, e.g. {@code "44"}
   * @param nameZh short Chinese name, e.g. 广东
   * @param fullNameZh official name, e.g. 广东省
   * @param nameEn English name
   * @param areaZh 东部 / 中部 / 西部 / 东北
   * @param strategicRegions the strategic regions it belongs to
   */
  public record Province(
      String code, String nameZh, String fullNameZh, String nameEn, String areaZh, List<String> strategicRegions) {}

  private Regions(List<Province> provinces) {
    this.provinces = List.copyOf(provinces);
    Map<String, String> a = new HashMap<>();
    for (Province p : provinces) {
      for (String alias : List.of(p.code(), p.code() + "0000", p.nameZh(), p.fullNameZh(), p.nameEn())) {
        a.put(alias.toLowerCase(Locale.ROOT), p.code());
      }
    }
    this.aliases = Collections.unmodifiableMap(a);
  }

  /** Returns the bundled provinces. */
  public static Regions bundled() {
    try (InputStream in = Bundled.open("data/provinces.csv")) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Regions read(InputStream in) throws IOException {
    List<Province> out = new ArrayList<>();
    for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String regions = r.get("strategic_region");
      out.add(new Province(r.get("unit"), r.get("name_zh"), r.get("full_name_zh"), r.get("name_en"),
          r.get("area_zh"), regions.isBlank() ? List.of() : List.of(regions.split(";"))));
    }
    return new Regions(out);
  }

  public List<Province> provinces() {
    return provinces;
  }

  /** Returns the province code for any of its spellings, if it is one of the 31. */
  public Optional<String> resolve(String unit) {
    return Optional.ofNullable(aliases.get(unit.trim().toLowerCase(Locale.ROOT)));
  }

  /** Returns the province with this two-digit code. */
  public Optional<Province> province(String code) {
    return provinces.stream().filter(p -> p.code().equals(code)).findFirst();
  }

  /**
   * Returns the groups of a grouping column: label → province codes, in the official order
   * (areas: 东部, 中部, 西部, 东北; strategic regions as listed in the 2024 report).
   *
   * @throws IllegalArgumentException for an unknown column
   */
  public Map<String, List<String>> groups(String column) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    switch (column) {
      case AREA -> {
        for (String a : List.of("东部", "中部", "西部", "东北")) {
          out.put(a, new ArrayList<>());
        }
        provinces.forEach(p -> out.computeIfAbsent(p.areaZh(), k -> new ArrayList<>()).add(p.code()));
      }
      case STRATEGIC_REGION -> {
        for (String r : List.of("京津冀", "长江经济带", "长三角", "粤港澳大湾区", "黄河流域")) {
          out.put(r, new ArrayList<>());
        }
        provinces.forEach(p -> p.strategicRegions().forEach(r -> out.computeIfAbsent(r, k -> new ArrayList<>()).add(p.code())));
      }
      default -> throw new IllegalArgumentException(
          "unknown grouping '%s'; use %s or %s".formatted(column, AREA, STRATEGIC_REGION));
    }
    return out;
  }
}
