package org.ipindex.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ipindex.store.Catalogue;
import org.ipindex.store.Region;
import org.ipindex.store.Store;

/**
 * The regions of the store's catalogue with what pages show next to them: names in both languages,
 * the area and the strategic regions of each province, and the groupings' labels. Read once per
 * snapshot; any spelling of a region resolves through the catalogue's aliases.
 */
final class Places {
  /** The groupings pages and the API offer. */
  static final List<String> GROUPINGS = List.of(Catalogue.AREA, Catalogue.STRATEGIC_REGION);

  /**
   * One region.
   *
   * @param code the catalogue code ({@code 44}, {@code CN}, {@code 440300})
   * @param nameZh short Chinese name
   * @param nameEn English name
   * @param fullNameZh official Chinese name
   * @param type nation, province, hk_mo_tw, city or corps
   * @param parent the containing region's code, or null
   * @param area the area's Chinese label, or "" outside the 31 provinces
   * @param strategicRegions the strategic regions' Chinese labels
   */
  record Place(String code, String nameZh, String nameEn, String fullNameZh, String type, String parent, String area,
      List<String> strategicRegions) {}

  /** A group of a grouping: its labels and members. */
  record Group(String grouping, String labelZh, String labelEn, List<String> members) {}

  private final Store store;
  private final Map<String, Place> places;
  private final Map<String, List<Group>> groups;

  private Places(Store store, Map<String, Place> places, Map<String, List<Group>> groups) {
    this.store = store;
    this.places = places;
    this.groups = groups;
  }

  /** Reads the catalogue of a store. */
  static Places of(Store store) {
    Map<String, String> english = englishLabels();
    Map<String, List<Group>> groups = new LinkedHashMap<>();
    Map<String, String> areaOf = new HashMap<>();
    Map<String, List<String>> strategicOf = new HashMap<>();
    for (String grouping : GROUPINGS) {
      List<Group> list = new ArrayList<>();
      store.catalogue().groups(grouping).forEach((label, members) -> {
        list.add(new Group(grouping, label, english.getOrDefault(grouping + "/" + label, label), members));
        for (String m : members) {
          if (grouping.equals(Catalogue.AREA)) {
            areaOf.put(m, label);
          } else {
            strategicOf.computeIfAbsent(m, k -> new ArrayList<>()).add(label);
          }
        }
      });
      groups.put(grouping, List.copyOf(list));
    }
    Map<String, Place> places = new LinkedHashMap<>();
    for (Region r : store.catalogue().regions()) {
      places.put(r.code(), new Place(r.code(), r.nameZh(), r.nameEn(), r.fullNameZh(),
          r.type().name().toLowerCase(java.util.Locale.ROOT), r.parent(), areaOf.getOrDefault(r.code(), ""),
          List.copyOf(strategicOf.getOrDefault(r.code(), List.of()))));
    }
    return new Places(store, places, groups);
  }

  /** Returns every region, in catalogue order. */
  List<Place> all() {
    return List.copyOf(places.values());
  }

  Optional<Place> place(String code) {
    return Optional.ofNullable(places.get(code));
  }

  /** Returns the code of a region written any way (广东, 广东省, Guangdong, 44, 440000), if known. */
  Optional<String> resolve(String spelling) {
    return store.catalogue().resolve(spelling);
  }

  /** Returns the groups of a grouping ({@code area}, {@code strategic_region}) in the official order. */
  List<Group> groups(String grouping) {
    List<Group> g = groups.get(grouping);
    if (g == null) {
      throw ApiException.badParameter("by", "unknown grouping '%s'".formatted(grouping), "use by=area or by=strategic_region");
    }
    return g;
  }

  /** Returns the English label of a group, or the Chinese one when none is known. */
  String labelEn(String grouping, String labelZh) {
    return groups.getOrDefault(grouping, List.of()).stream().filter(g -> g.labelZh().equals(labelZh))
        .map(Group::labelEn).findFirst().orElse(labelZh);
  }

  private static Map<String, String> englishLabels() {
    Map<String, String> out = new HashMap<>();
    try (InputStream in = Places.class.getResourceAsStream("/ipindex/web/grouping-labels.csv")) {
      if (in == null) {
        throw new IllegalStateException("ipindex/web/grouping-labels.csv is missing from this build");
      }
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
          .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        out.put(r.get("grouping") + "/" + r.get("label_zh"), r.get("label_en"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
