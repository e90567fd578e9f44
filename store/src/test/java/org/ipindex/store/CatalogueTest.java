package org.ipindex.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.ipindex.core.model.DataException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CatalogueTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @MethodSource("org.ipindex.store.StoreTesting#backends")
  void seeds_the_nation_31_provinces_hk_macao_taiwan_cities_and_the_corps(StoreTesting.Backend backend) {
    try (Store store = StoreTesting.open(backend, dir)) {
      Catalogue c = store.catalogue();
      assertThat(c.regions(Region.Type.PROVINCE)).hasSize(31);
      assertThat(c.regions(Region.Type.NATION)).extracting(Region::code).containsExactly("CN");
      assertThat(c.regions(Region.Type.HK_MO_TW)).extracting(Region::code).containsExactly("71", "81", "82");
      assertThat(c.regions(Region.Type.CITY)).hasSize(15);
      assertThat(c.region("XJBT")).get().extracting(Region::parent).isEqualTo("65");
      assertThat(c.children("44")).extracting(Region::nameZh).containsExactly("广州", "深圳");
      assertThat(c.children("CN")).hasSize(34);
      assertThat(c.measures()).extracting(Measure::code).contains("valid_patents_invention", "population_year_end", "gdp");
      assertThat(c.measure("valid_patents").get().kind()).isEqualTo(Measure.Kind.STOCK);
      assertThat(c.measure("patent_grants").get().kind()).isEqualTo(Measure.Kind.FLOW);
    }
  }

  @ParameterizedTest
  @MethodSource("org.ipindex.store.StoreTesting#backends")
  void resolves_every_spelling_of_a_region(StoreTesting.Backend backend) {
    try (Store store = StoreTesting.open(backend, dir)) {
      Catalogue c = store.catalogue();
      for (String s : List.of("广东", "广东省", "Guangdong", "guangdong ", "44", "440000")) {
        assertThat(c.resolve(s)).as(s).contains("44");
      }
      assertThat(c.resolve("深圳")).contains("440300");
      assertThat(c.resolve("深圳市")).contains("440300");
      assertThat(c.resolve("Xizang")).isEmpty();
      assertThat(c.resolve("Tibet")).contains("54");
      assertThat(c.resolve("兵团")).contains("XJBT");
      assertThat(c.resolve("Hong Kong")).contains("81");
      assertThat(c.resolve("全国")).contains("CN");
      assertThatThrownBy(() -> c.require("Atlantis")).isInstanceOf(DataException.class).hasMessageContaining("'Atlantis'");
      c.addAlias("Xizang", "54");
      assertThat(c.resolve("xizang")).contains("54");
      assertThatThrownBy(() -> c.addAlias("Canton", "99")).isInstanceOf(DataException.class);
      assertThatThrownBy(() -> c.addAlias("广州", "44")).isInstanceOf(DataException.class)
          .hasMessageContaining("already means region 440100");
    }
  }

  @ParameterizedTest
  @MethodSource("org.ipindex.store.StoreTesting#backends")
  void groups_provinces_into_four_areas_and_five_strategic_regions(StoreTesting.Backend backend) {
    try (Store store = StoreTesting.open(backend, dir)) {
      var areas = store.catalogue().groups(Catalogue.AREA);
      assertThat(areas.keySet()).containsExactly("东部", "中部", "西部", "东北");
      assertThat(areas.values().stream().mapToInt(List::size).toArray()).containsExactly(10, 6, 12, 3);
      var strategic = store.catalogue().groups(Catalogue.STRATEGIC_REGION);
      assertThat(strategic.keySet()).containsExactly("京津冀", "长江经济带", "长三角", "粤港澳大湾区", "黄河流域");
      assertThat(strategic.get("粤港澳大湾区")).containsExactly("44");
      assertThat(strategic.get("京津冀")).containsExactly("11", "12", "13");
    }
  }

  @ParameterizedTest
  @MethodSource("org.ipindex.store.StoreTesting#backends")
  void adds_a_measure_once_and_refuses_to_redefine_it(StoreTesting.Backend backend) {
    try (Store store = StoreTesting.open(backend, dir)) {
      Measure m = new Measure("pledge_amount", "专利商标质押融资金额", "Patent and trademark pledge financing", "亿元",
          Measure.Kind.FLOW, "国家知识产权局 (CNIPA)", "");
      store.catalogue().addMeasure(m);
      store.catalogue().addMeasure(m);
      assertThat(store.catalogue().measure("pledge_amount")).contains(m);
      Measure other = new Measure("pledge_amount", "x", "x", "万元", Measure.Kind.FLOW, "x", "");
      assertThatThrownBy(() -> store.catalogue().addMeasure(other)).isInstanceOf(DataException.class)
          .hasMessageContaining("exists with another definition");
    }
  }
}
