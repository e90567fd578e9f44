package org.ipindex.io.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ipindex.io.ingest.Fixtures;
import org.ipindex.io.ingest.Parsed;
import org.ipindex.io.ingest.catalogue.InMemoryCatalogue;
import org.ipindex.io.ingest.catalogue.InParentSum;
import org.ipindex.io.ingest.catalogue.Measure;
import org.ipindex.io.ingest.catalogue.MeasureKind;
import org.ipindex.io.ingest.catalogue.Region;
import org.ipindex.io.ingest.catalogue.RegionType;
import org.ipindex.io.ingest.catalogue.StoredValues;
import org.ipindex.io.ingest.validate.Outcome;
import org.ipindex.io.ingest.validate.Validation;
import org.ipindex.io.ingest.validate.ValidationOptions;
import org.junit.jupiter.api.Test;

class CoinrIDataLayoutTest {
  @Test
  void reads_coinrs_asem_panel_as_it_is() throws IOException {
    Parsed p = CoinrIDataLayout.read("ASEM_iData_p.csv", Fixtures.resource("/coinr/data/ASEM_iData_p.csv"), Set.of(), 2022);
    assertThat(p.issues()).isEmpty();
    Set<String> units = new LinkedHashSet<>(p.rows().regions());
    assertThat(units).hasSize(51).contains("AUT", "CHN");
    assertThat(p.rows().measures()).hasSize(53).contains("LPI", "Flights", "GDP", "Population").doesNotContain("GDP_group");
    InMemoryCatalogue catalogue = InMemoryCatalogue.of(
        p.rows().measures().stream().map(m -> Measure.of(m, "", MeasureKind.OTHER)).toList(),
        units.stream().map(u -> Region.of(u, "", RegionType.NATION, "", InParentSum.NO)).toList());
    Outcome o = Validation.check(p, catalogue, StoredValues.NONE, ValidationOptions.DEFAULT.withJumps(
        org.ipindex.io.ingest.validate.JumpRule.OFF));
    assertThat(o.problems().errors()).isEmpty();
    assertThat(o.rows().size()).isEqualTo(p.rows().size());
    int aut2018 = -1;
    for (int i = 0; i < o.rows().size(); i++) {
      if (o.rows().region(i).equals("AUT") && o.rows().year(i) == 2018 && o.rows().measure(i).equals("LPI")) {
        aut2018 = i;
      }
    }
    assertThat(o.rows().value(aut2018)).isEqualTo(4.097985);
    assertThat(List.of(o.rows().location(aut2018).describe())).containsExactly("ASEM_iData_p.csv, row 2, column LPI");
  }
}
