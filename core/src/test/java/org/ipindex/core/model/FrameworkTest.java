package org.ipindex.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ipindex.core.testkit.ExamplePanel;
import org.junit.jupiter.api.Test;

class FrameworkTest {
  @Test
  void counts_levels_from_the_indicators_up() {
    Framework f = ExamplePanel.framework();
    assertThat(f.level("A")).isEqualTo(1);
    assertThat(f.level("P1")).isEqualTo(2);
    assertThat(f.level("IDX")).isEqualTo(3);
    assertThat(f.root().code()).isEqualTo("IDX");
    assertThat(f.indicators()).extracting(Node::code).containsExactly("A", "B", "C", "D");
    assertThat(f.groupsBottomUp()).extracting(Node::code).containsExactly("P1", "P2", "IDX");
  }

  @Test
  void lists_indicators_under_a_group_and_the_path_to_the_root() {
    Framework f = ExamplePanel.framework();
    assertThat(f.indicatorsUnder("P2")).extracting(Node::code).containsExactly("C", "D");
    assertThat(f.ancestry("B")).extracting(Node::code).containsExactly("IDX", "P1", "B");
  }

  @Test
  void handles_trees_of_uneven_depth() {
    Framework f = Framework.of("uneven", List.of(
        Node.group("I", null, "", "", 1), Node.indicator("x", "I", Direction.POSITIVE),
        Node.group("G", "I", "", "", 1), Node.indicator("y", "G", Direction.POSITIVE)));
    assertThat(f.level("I")).isEqualTo(3);
    assertThat(f.level("x")).isEqualTo(1);
  }

  @Test
  void reports_every_structural_problem_at_once() {
    assertThatThrownBy(() -> Framework.of("bad", List.of(
        Node.group("I", null, "", "", 1),
        Node.indicator("x", "I", Direction.POSITIVE),
        Node.indicator("x", "I", Direction.POSITIVE),
        Node.indicator("y", "NOPE", Direction.POSITIVE))))
        .isInstanceOf(DataException.class)
        .satisfies(e -> assertThat(((DataException) e).problems()).extracting(Problem::code)
            .containsExactly(ProblemCode.DUPLICATE_CODE, ProblemCode.UNKNOWN_PARENT))
        .hasMessageContaining("parent 'NOPE' of 'y'");
  }

  @Test
  void rejects_two_roots() {
    assertThatThrownBy(() -> Framework.of("two", List.of(
        Node.group("I", null, "", "", 1), Node.group("J", null, "", "", 1))))
        .hasMessageContaining("exactly one root");
  }

  @Test
  void truncates_to_the_upper_levels() {
    Framework top = ExamplePanel.framework().truncatedAtLevel(2);
    assertThat(top.indicators()).extracting(Node::code).containsExactly("P1", "P2");
    assertThat(top.level("IDX")).isEqualTo(2);
  }
}
