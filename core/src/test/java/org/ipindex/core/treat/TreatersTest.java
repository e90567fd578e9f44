package org.ipindex.core.treat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.ipindex.core.build.Describe;
import org.ipindex.core.build.Params;
import org.ipindex.core.model.DataException;
import org.ipindex.core.treat.LogTransform.Variant;
import org.ipindex.core.treat.Winsorise.Fallback;
import org.junit.jupiter.api.Test;

class TreatersTest {
  @Test
  void lists_the_treatment_methods() {
    assertThat(Treaters.names()).contains("boxcox", "log", "winsorise");
  }

  @Test
  void builds_coinrs_defaults_from_no_parameters() {
    assertThat(Treaters.create("winsorise", Params.none("t"))).isEqualTo(Winsorise.defaults());
    assertThat(Treaters.create("log", Params.none("t"))).isEqualTo(new LogTransform(Variant.CT));
    assertThat(Treaters.create("boxcox", Params.none("t"))).isEqualTo(new BoxCox(0.5, true));
  }

  @Test
  void reads_every_winsorise_parameter() {
    Params p = new Params("t", Map.of("winmax", 1, "skew_limit", 2.25, "kurt_limit", 3, "fallback",
        "boxcox", "lambda", 0, "combine", true));
    assertThat(Treaters.create("winsorise", p)).isEqualTo(new Winsorise(1, 2.25, 3, Fallback.BOXCOX, 0, true));
    assertThat(Treaters.create("winsorise", new Params("t", Map.of("fallback", "boxcox"))))
        .isEqualTo(new Winsorise(5, 2, 3.5, Fallback.BOXCOX, BoxCox.DEFAULT_LAMBDA, false));
  }

  @Test
  void replays_what_describe_writes() {
    for (Treater t : new Treater[] {Winsorise.defaults(), new Winsorise(2, 1, 3, Fallback.BOXCOX, 0.25, true),
        new Winsorise(1, 2, 3.5, Fallback.LOG_PLUS, false), new LogTransform(Variant.ORIG), new BoxCox(0, false)}) {
      assertThat(Treaters.create(t.name(), new Params("t", Describe.params(t)))).isEqualTo(t);
    }
    assertThat(Describe.params(Winsorise.defaults())).containsOnlyKeys("winmax", "skew_limit", "kurt_limit",
        "fallback", "combine").containsEntry("fallback", "log");
  }

  @Test
  void rejects_unknown_and_misplaced_parameters() {
    assertThatThrownBy(() -> Treaters.create("log", new Params("step 3", Map.of("lambda", 1))))
        .isInstanceOf(DataException.class).hasMessageContaining("lambda").hasMessageContaining("variant");
    assertThatThrownBy(() -> Treaters.create("winsorise", new Params("step 3", Map.of("lambda", 1))))
        .isInstanceOf(DataException.class).hasMessageContaining("only to the boxcox");
    assertThatThrownBy(() -> Treaters.create("winsorise", new Params("step 3", Map.of("fallback", "sqrt"))))
        .isInstanceOf(DataException.class).hasMessageContaining("log, log_plus, log_orig, boxcox or none");
  }
}
