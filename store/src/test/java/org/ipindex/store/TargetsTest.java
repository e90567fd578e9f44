package org.ipindex.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Direction;
import org.ipindex.core.target.AlternativeBaseline;
import org.ipindex.core.target.Comparison;
import org.ipindex.core.target.Target;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TargetsTest {
  @TempDir
  Path dir;

  static final BatchInfo WHO = new BatchInfo("tester", "targets/t.csv", "ab".repeat(32), "doc 000");

  static List<Target> targets(String set) {
    return List.of(
        new Target(set, "a", "甲", "A", "%", "%", Direction.POSITIVE, Comparison.REACH, 2020, 11.97, 2025, 13, 100,
            "000", "note, with \"quotes\"", List.of(new AlternativeBaseline(11.6, "002"), new AlternativeBaseline(0.1 + 0.2, "x")),
            "N36"),
        new Target(set, "b", "乙", "", "", "", Direction.NEGATIVE, Comparison.ABOUT, 2023, Double.NaN, 2024, Double.NaN,
            Double.NaN, "", "", List.of(), ""),
        new Target(set, "c", "丙", "C", "", "", Direction.POSITIVE, Comparison.COMPLETED, 2023, 0, 2024, 1, Double.NaN,
            "003", "", List.of(), ""));
  }

  @ParameterizedTest
  @MethodSource("org.ipindex.store.StoreTesting#backends")
  void saves_and_loads_a_set_field_for_field(StoreTesting.Backend backend) {
    try (Store store = StoreTesting.open(backend, dir)) {
      assertThat(store.targets().sets()).isEmpty();
      TargetSet saved = store.targets().save("s1", "a test set", targets("s1"), WHO, false);
      assertThat(saved.version()).isEqualTo(1);
      assertThat(store.targets().load("s1")).isEqualTo(targets("s1"));
      assertThat(store.targets().sets()).containsExactly(saved);
      assertThat(store.targets().get("s1")).contains(saved);
    }
  }

  @ParameterizedTest
  @MethodSource("org.ipindex.store.StoreTesting#backends")
  void refuses_an_existing_set_unless_replaced_then_keeps_versions(StoreTesting.Backend backend) {
    try (Store store = StoreTesting.open(backend, dir)) {
      store.targets().save("s1", null, targets("s1"), WHO, false);
      assertThatThrownBy(() -> store.targets().save("s1", null, targets("s1"), WHO, false))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("target set 's1' exists (version 1, 3 targets); save it with replace to store a new version");
      TargetSet second = store.targets().save("s1", "v2", targets("s1").subList(0, 1), WHO, true);
      assertThat(second.version()).isEqualTo(2);
      assertThat(store.targets().load("s1")).isEqualTo(targets("s1").subList(0, 1));
      assertThat(store.targets().sets()).extracting(TargetSet::name, TargetSet::version, TargetSet::targetCount)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("s1", 2, 1));
    }
  }

  @ParameterizedTest
  @MethodSource("org.ipindex.store.StoreTesting#backends")
  void an_unknown_set_names_the_stored_ones(StoreTesting.Backend backend) {
    try (Store store = StoreTesting.open(backend, dir)) {
      store.targets().save("s1", null, targets("s1"), WHO, false);
      store.targets().save("s0", null, targets("s0"), WHO, false);
      assertThatThrownBy(() -> store.targets().load("expected_2030"))
          .isInstanceOf(DataException.class)
          .hasMessageContaining("no target set named 'expected_2030' in the store; target sets: [s0, s1]");
      assertThatThrownBy(() -> store.targets().save("s2", null, targets("s1"), WHO, false))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("target 'a' belongs to set 's1', not 's2'");
      assertThat(store.targets().sets()).extracting(TargetSet::name).containsExactly("s0", "s1");
    }
  }
}
