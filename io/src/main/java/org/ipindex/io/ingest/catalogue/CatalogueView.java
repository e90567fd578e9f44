package org.ipindex.io.ingest.catalogue;

import java.util.List;
import java.util.Optional;

/**
 * The measures and regions a statistics file is checked against. The store implements it over its
 * tables; {@link InMemoryCatalogue} over files. Lookups accept codes and aliases; implementations
 * fold full-width characters, case, surrounding brackets ({@code (深圳)}) and spacing.
 */
public interface CatalogueView {
  /** Returns the measure with this code or alias. */
  Optional<Measure> measure(String codeOrAlias);

  /** Returns the region with this code or spelling (广东 / 广东省 / Guangdong / 44 / 440000). */
  Optional<Region> region(String codeOrAlias);

  /** Returns every measure, in catalogue order. */
  List<Measure> measures();

  /** Returns every region, in catalogue order. */
  List<Region> regions();

  /** Returns the regions whose values count toward this region's total (required and optional), in order. */
  List<Region> sumParts(String regionCode);

  /** Returns the spellings a misspelt region or measure may be compared with, for suggestions. */
  default List<String> spellings(boolean regionsNotMeasures) {
    if (regionsNotMeasures) {
      return regions().stream().flatMap(r -> r.spellings().stream()).toList();
    }
    return measures().stream().flatMap(m -> java.util.stream.Stream.concat(java.util.stream.Stream.of(m.code()),
        m.aliases().stream())).toList();
  }
}
