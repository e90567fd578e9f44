package org.ipindex.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProvinceShapesTest {
  @Test
  void decodes_the_34_regions_of_the_bundled_map() {
    List<ProvinceShapes.Shape> all = ProvinceShapes.all();
    assertThat(all).hasSize(34);
    assertThat(all).extracting(ProvinceShapes.Shape::code).contains("11", "44", "65", "71", "81", "82")
        .doesNotHaveDuplicates();
    ProvinceShapes.Shape beijing = all.stream().filter(s -> s.code().equals("11")).findFirst().orElseThrow();
    assertThat(beijing.name()).isEqualTo("北京");
    for (double[] ring : beijing.rings()) {
      for (int i = 0; i < ring.length; i += 2) {
        assertThat(ring[i]).isBetween(115.3, 117.6);
        assertThat(ring[i + 1]).isBetween(39.4, 41.1);
      }
    }
  }

  @Test
  void decodes_echarts_zigzag_deltas_from_the_offset() throws Exception {
    // "@@" is no move; 'B' (66 - 64 = 2) zigzags to +1 and 'A' (1) to −1, in 1/1024 degree
    var offset = new ObjectMapper().readTree("[1024, 2048]");
    double[] ring = ProvinceShapes.ring("@@BA", offset, 1024);
    assertThat(ring).containsExactly(1.0, 2.0, 1025 / 1024.0, 2047 / 1024.0);
  }
}
