package org.ipindex.app;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Panel;
import org.ipindex.core.model.ProblemCode;

/**
 * Recognises provinces in a panel: when every unit is one of the 31 provinces, however written
 * (广东, 广东省, Guangdong, 44, 440000), the units are renamed to their two-digit codes and get
 * their Chinese names and areas. Other panels are left as they are.
 */
final class UnitNames {
  private final Regions regions;

  UnitNames(Regions regions) {
    this.regions = regions;
  }

  Panel canonical(Panel panel, List<String> notes) {
    List<String> codes = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String unit : panel.units()) {
      Optional<String> code = regions.resolve(unit);
      if (code.isEmpty()) {
        return panel;
      }
      if (!seen.add(code.get())) {
        throw DataException.of(ProblemCode.DUPLICATE_KEY, "unit " + unit,
            "'%s' and another unit of the data are both province %s (%s); write each province once"
                .formatted(unit, code.get(), regions.province(code.get()).orElseThrow().nameZh()));
      }
      codes.add(code.get());
    }
    Panel.Builder b = Panel.builder(codes, panel.series(), panel.years());
    for (int y = 0; y < panel.yearCount(); y++) {
      for (int s = 0; s < panel.seriesCount(); s++) {
        for (int u = 0; u < panel.unitCount(); u++) {
          b.copyCell(panel, u, s, y, s);
        }
      }
    }
    panel.groupings().forEach(b::grouping);
    List<String> areas = new ArrayList<>();
    for (String code : codes) {
      Regions.Province p = regions.province(code).orElseThrow();
      b.unitName(code, p.nameZh());
      areas.add(p.areaZh());
    }
    if (!panel.groupings().containsKey(Regions.AREA)) {
      b.grouping(Regions.AREA, areas);
    }
    if (!codes.equals(panel.units())) {
      notes.add("units recognised as provinces and written as their GB/T 2260 codes");
    }
    return b.build();
  }
}
