package org.ipindex.io.ingest.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ipindex.io.ingest.Spellings;

/**
 * A catalogue held in memory, e.g. read from {@code frameworks/measures.csv} and
 * {@code data/region-aliases.csv} by {@link CatalogueFiles}. Immutable.
 */
public final class InMemoryCatalogue implements CatalogueView {
  private final List<Measure> measures;
  private final List<Region> regions;
  private final Map<String, Measure> measureByKey = new HashMap<>();
  private final Map<String, Region> regionByKey = new HashMap<>();
  private final Map<String, List<Region>> sumParts = new HashMap<>();

  private InMemoryCatalogue(List<Measure> measures, List<Region> regions) {
    this.measures = List.copyOf(measures);
    this.regions = List.copyOf(regions);
    for (Measure m : measures) {
      put(measureByKey, m.code(), m, "measure");
      m.aliases().forEach(a -> put(measureByKey, a, m, "measure"));
    }
    Map<String, Region> byCode = new LinkedHashMap<>();
    for (Region r : regions) {
      if (byCode.putIfAbsent(r.code(), r) != null) {
        throw new IllegalArgumentException("region code '%s' appears twice".formatted(r.code()));
      }
    }
    for (Region r : regions) {
      r.spellings().forEach(s -> put(regionByKey, s, r, "region"));
      if (!r.parent().isEmpty()) {
        if (!byCode.containsKey(r.parent())) {
          throw new IllegalArgumentException("parent '%s' of region '%s' is not a region".formatted(r.parent(), r.code()));
        }
        if (r.inParentSum() != InParentSum.NO) {
          sumParts.computeIfAbsent(r.parent(), k -> new ArrayList<>()).add(r);
        }
      }
    }
    for (Measure m : measures) {
      for (String part : m.parts()) {
        if (!measureByKey.containsKey(Spellings.key(part))) {
          throw new IllegalArgumentException("part '%s' of measure '%s' is not a measure".formatted(part, m.code()));
        }
      }
    }
  }

  /**
   * Returns a catalogue of these measures and regions.
   *
   * @throws IllegalArgumentException for a code or alias used twice, an unknown parent or part
   */
  public static InMemoryCatalogue of(List<Measure> measures, List<Region> regions) {
    return new InMemoryCatalogue(measures, regions);
  }

  private static <T> void put(Map<String, T> map, String spelling, T value, String what) {
    T before = map.putIfAbsent(Spellings.key(spelling), value);
    if (before != null && before != value) {
      throw new IllegalArgumentException("%s spelling '%s' is used by two %ss: %s and %s"
          .formatted(what, spelling, what, before, value));
    }
  }

  @Override
  public Optional<Measure> measure(String codeOrAlias) {
    Measure m = measureByKey.get(codeOrAlias);
    return Optional.ofNullable(m != null ? m : measureByKey.get(Spellings.key(codeOrAlias)));
  }

  @Override
  public Optional<Region> region(String codeOrAlias) {
    Region r = regionByKey.get(codeOrAlias);
    return Optional.ofNullable(r != null ? r : regionByKey.get(Spellings.key(codeOrAlias)));
  }

  @Override
  public List<Measure> measures() {
    return measures;
  }

  @Override
  public List<Region> regions() {
    return regions;
  }

  @Override
  public List<Region> sumParts(String regionCode) {
    return sumParts.getOrDefault(regionCode, List.of());
  }
}
