package org.ipindex.io.ingest.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.ipindex.core.formula.Definition;
import org.ipindex.core.formula.Derivation;
import org.ipindex.core.formula.Derived;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Node;
import org.ipindex.core.model.Panel;
import org.ipindex.io.FrameworkReader;
import org.ipindex.io.PanelReader;
import org.ipindex.io.ingest.Fixtures;
import org.ipindex.io.ingest.catalogue.InMemoryCatalogue;
import org.ipindex.io.ingest.catalogue.RegionType;
import org.ipindex.io.ingest.catalogue.StoredValues;
import org.ipindex.io.ingest.layout.LongCsvLayout;
import org.ipindex.io.ingest.validate.JumpRule;
import org.ipindex.io.ingest.validate.Outcome;
import org.ipindex.io.ingest.validate.Validation;
import org.ipindex.io.ingest.validate.ValidationOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The shipped definitions of both frameworks: complete, over known measures, and honest about what the bundled data fill. */
class DefinitionsTest {
  private static final InMemoryCatalogue CATALOGUE = Fixtures.catalogue();

  static List<Definition> definitions(String framework) throws IOException {
    try (InputStream in = Files.newInputStream(Fixtures.REPOSITORY.resolve("frameworks/" + framework + ".derived.csv"))) {
      return DefinitionsReader.read(framework + ".derived.csv", in, CATALOGUE);
    }
  }

  static Framework framework(String name) throws IOException {
    return FrameworkReader.read(Fixtures.REPOSITORY.resolve("frameworks/" + name + ".csv"), name).framework();
  }

  /** The bundled statistics as a panel of measures. */
  static Panel statistics() throws IOException {
    Outcome o = Validation.check(LongCsvLayout.read("statistics.csv",
        Files.newInputStream(Fixtures.REPOSITORY.resolve("data/statistics.csv"))), CATALOGUE, StoredValues.NONE,
        ValidationOptions.DEFAULT.withJumps(JumpRule.OFF));
    assertThat(o.problems().isEmpty()).isTrue();
    return MeasurePanels.of(o.rows());
  }

  static List<String> units(String framework) {
    return framework.equals("national") ? List.of("CN")
        : CATALOGUE.regions().stream().filter(r -> r.type() == RegionType.PROVINCE).map(r -> r.code()).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"regional", "national"})
  void define_every_indicator_of_the_framework_in_its_order(String name) throws IOException {
    List<String> indicators = framework(name).indicators().stream().map(Node::code).toList();
    assertThat(definitions(name)).extracting(Definition::indicator).isEqualTo(indicators);
    assertThat(indicators).hasSize(name.equals("regional") ? 82 : 80);
  }

  @ParameterizedTest
  @ValueSource(strings = {"regional", "national"})
  void read_only_measures_of_the_catalogue(String name) throws IOException {
    List<String> unknown = new ArrayList<>();
    for (Definition d : definitions(name)) {
      assertThat(d.formula()).as(d.indicator()).isNotNull();
      d.formula().inputs().stream().filter(m -> CATALOGUE.measure(m).isEmpty()).forEach(m -> unknown.add(d.indicator() + ": " + m));
    }
    assertThat(unknown).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"regional", "national"})
  void say_honestly_which_indicators_the_bundled_data_fill(String name) throws IOException {
    Panel direct = PanelReader.plain().read(Fixtures.REPOSITORY.resolve("data/" + name + "-indicators.csv")).panel();
    List<Definition> defs = definitions(name);
    Derived derived = Derivation.derive(statistics(), defs);
    List<String> claimed = new ArrayList<>();
    List<String> found = new ArrayList<>();
    for (Definition d : defs) {
      if (d.computableFromBundledData()) {
        claimed.add(d.indicator());
      }
      boolean filled = false;
      for (String unit : units(name)) {
        for (int year : derived.panel().years()) {
          filled |= !Double.isNaN(derived.value(unit, d.indicator(), year));
        }
        for (int year : direct.years()) {
          filled |= !Double.isNaN(direct.value(unit, d.indicator(), year));
        }
      }
      if (filled) {
        found.add(d.indicator());
      }
    }
    assertThat(claimed).isEqualTo(found);
    if (name.equals("regional")) {
      assertThat(claimed).containsExactly("R18", "R19", "R24", "R36", "R37", "R38", "R39", "R40", "R41");
    }
  }

  @Test
  void derive_the_bundled_regional_indicators_exactly_from_the_statistics() throws IOException {
    Panel direct = PanelReader.plain().read(Fixtures.REPOSITORY.resolve("data/regional-indicators.csv")).panel();
    Derived derived = Derivation.derive(statistics(), definitions("regional"));
    int compared = 0;
    for (String indicator : List.of("R18", "R19", "R24", "R36", "R37", "R38", "R39", "R40", "R41")) {
      for (String unit : direct.units()) {
        for (int year : direct.years()) {
          double expected = direct.value(unit, indicator, year);
          assertThat(derived.value(unit, indicator, year)).as("%s %s %d", indicator, unit, year).isEqualTo(expected);
          compared++;
        }
      }
    }
    assertThat(compared).isEqualTo(9 * 31 * 2);
    assertThat(derived.provenance("44", "R19", 2024).describe()).isEqualTo(
        "valid_patents[invention][44, 2024] = 792282.0 (observed); population_year_end[44, 2024] = 12780.0 (observed)");
    assertThat(derived.provenance("44", "R23", 2024).missingReason()).isEqualTo("pct_applications is not in the data");
  }

  @Test
  void derive_the_foreign_holdings_of_the_national_framework_from_the_foreign_total() throws IOException {
    Derived derived = Derivation.derive(statistics(), definitions("national"));
    assertThat(derived.value("CN", "N69", 2024)).isEqualTo(1107919.0);
    assertThat(derived.value("CN", "N70", 2024)).isEqualTo(2156215.0);
    assertThat(derived.provenance("CN", "N69", 2024).inputs().get(0).unit()).isEqualTo("FOREIGN");
  }

  @Test
  void name_a_formula_that_does_not_parse_with_its_position() {
    String csv = "indicator,formula,unit,computable_from_bundled_data,note\nR19,valid_patents[invention] / (population_year_end,件/万人,maybe,\n";
    assertThatThrownBy(() -> DefinitionsReader.read("d.derived.csv", Fixtures.text(csv)))
        .isInstanceOfSatisfying(DataException.class, e -> assertThat(e.problems()).extracting(Object::toString).containsExactly(
            "d.derived.csv, row 2, column formula: the formula of R19 does not parse at character 48: expected ')' to close "
                + "the '(' at character 28; write measures, numbers, + - * /, brackets, sum(…), if_missing(x, y) or lag(x), e.g. "
                + "valid_patents[invention] / population_year_end"));
  }

  @Test
  void rewrite_aliases_to_codes_and_name_unknown_measures() throws IOException {
    String csv = "indicator,formula,unit\nR19,valid_invention_patents / population_year_end * 10000,件/万人\n";
    assertThat(DefinitionsReader.read("d.derived.csv", Fixtures.text(csv), CATALOGUE).get(0).formula().text())
        .isEqualTo("valid_patents[invention] / population_year_end * 10000");
    String bad = "indicator,formula,unit\nR19,valid_patent / population,件/万人\n";
    assertThatThrownBy(() -> DefinitionsReader.read("d.derived.csv", Fixtures.text(bad), CATALOGUE))
        .isInstanceOfSatisfying(DataException.class, e -> assertThat(e.problems()).extracting(Object::toString).containsExactly(
            "d.derived.csv, row 2, column formula: the formula of R19 reads 'valid_patent', which is not a measure (did you mean "
                + "'valid_patents'?); write a measure code from frameworks/measures.csv (e.g. valid_patents[invention]) or one of its aliases",
            "d.derived.csv, row 2, column formula: the formula of R19 reads 'population', which is not a measure; write a measure "
                + "code from frameworks/measures.csv (e.g. valid_patents[invention]) or one of its aliases"));
  }
}
