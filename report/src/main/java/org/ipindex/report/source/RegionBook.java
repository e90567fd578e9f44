package org.ipindex.report.source;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipindex.report.model.Lang;
import org.ipindex.store.Region;

/**
 * The names of the regions a report mentions and the two groupings of provinces (the four areas,
 * the five strategic regions), from the store's catalogue.
 *
 * @param regions region by code
 * @param areas area label (Chinese) → province codes, in the official order
 * @param strategicRegions strategic region label (Chinese) → province codes, in the official order
 */
public record RegionBook(Map<String, Region> regions, Map<String, List<String>> areas,
    Map<String, List<String>> strategicRegions) {
  // The English labels the store seeds its groupings with (data/regions.csv; Catalogue); the
  // catalogue's API returns the Chinese labels only.
  private static final Map<String, String> GROUPS_EN = Map.of("东部", "East", "中部", "Central", "西部", "West",
      "东北", "Northeast", "京津冀", "Beijing-Tianjin-Hebei", "长江经济带", "Yangtze River Economic Belt",
      "长三角", "Yangtze River Delta", "粤港澳大湾区", "Guangdong-Hong Kong-Macao Greater Bay Area",
      "黄河流域", "Yellow River Basin");

  public RegionBook {
    regions = Map.copyOf(regions);
    areas = copy(areas);
    strategicRegions = copy(strategicRegions);
  }

  private static Map<String, List<String>> copy(Map<String, List<String>> groups) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    groups.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return java.util.Collections.unmodifiableMap(out);
  }

  /** Returns a region's short name in a language (the code itself when the catalogue does not know it). */
  public String name(String code, Lang lang) {
    Region r = regions.get(code);
    if (r == null) {
      return code;
    }
    return lang == Lang.ZH ? r.nameZh() : r.nameEn();
  }

  /** Returns a group's label in a language. */
  public String groupName(String label, Lang lang) {
    return lang == Lang.ZH ? label : GROUPS_EN.getOrDefault(label, label);
  }

  /** Returns whether every unit is a province (so the groupings and the map apply). */
  public boolean allProvinces(List<String> units) {
    return units.stream().allMatch(u -> regions.containsKey(u) && regions.get(u).type() == Region.Type.PROVINCE);
  }
}
