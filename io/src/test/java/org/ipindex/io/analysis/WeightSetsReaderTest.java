package org.ipindex.io.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.ipindex.core.analysis.WeightSets;
import org.ipindex.core.model.DataException;
import org.junit.jupiter.api.Test;

class WeightSetsReaderTest {
  @Test
  void reads_coinr_noisy_weights() throws Exception {
    try (Reader in = new InputStreamReader(
        getClass().getResourceAsStream("/coinr/expected/09_noisy_weights_100.csv"), StandardCharsets.UTF_8)) {
      WeightSets sets = WeightSetsReader.read("WeightSet", "09_noisy_weights_100.csv", in);

      assertThat(sets.sets()).hasSize(100);
      assertThat(sets.labels().get(0)).isEqualTo("1");
      assertThat(sets.labels().get(99)).isEqualTo("100");
      assertThat(sets.sets().get(0)).hasSize(60).containsEntry("Physical", 0.8068517056526616).containsEntry("Goods",
          1.0);
    }
  }

  @Test
  void reports_bad_weights_with_their_rows() {
    assertThatThrownBy(() -> WeightSetsReader.read("w", "w.csv", new StringReader("""
        set,code,weight
        1,A,x
        1,B,-1
        1,C,1
        1,C,2
        """)))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("w.csv row 2 column weight: 'x' is not a number")
        .hasMessageContaining("w.csv row 3 column weight: weight -1 of 'B'")
        .hasMessageContaining("w.csv row 5: set '1' gives 'C' a weight twice");
    assertThatThrownBy(() -> WeightSetsReader.read("w", "w.csv", new StringReader("a,b\n1,2\n")))
        .isInstanceOf(DataException.class).hasMessageContaining("needs the columns set, code, weight");
  }
}
