package org.ipindex.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MemoTest {
  @Test
  void computes_each_key_once_for_all_threads() {
    Memo<Integer, String> memo = new Memo<>(100, 1000, v -> 1);
    AtomicInteger calls = new AtomicInteger();

    List<String> values = IntStream.range(0, 400).parallel()
        .mapToObj(i -> memo.get(i % 4, () -> {
          calls.incrementAndGet();
          return "v" + (i % 4);
        })).toList();

    assertThat(calls.get()).isEqualTo(4);
    for (int i = 0; i < values.size(); i++) {
      assertThat(values.get(i)).isEqualTo("v" + (i % 4));
    }
  }

  @Test
  void past_its_budget_computes_without_keeping() {
    Memo<Integer, String> memo = new Memo<>(100, 10, v -> 6);
    AtomicInteger calls = new AtomicInteger();

    for (int round = 0; round < 3; round++) {
      for (int k = 0; k < 3; k++) {
        memo.get(k, () -> "v" + calls.incrementAndGet());
      }
    }

    // key 0 is kept (6 ≤ 10); key 1 would make 12 > 10, so it and key 2 are computed every time
    assertThat(calls.get()).isEqualTo(1 + 3 + 3);
  }

  @Test
  void remembers_a_failure_like_a_value() {
    Memo<String, String> memo = new Memo<>(10, 10, v -> 1);
    AtomicInteger calls = new AtomicInteger();

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> memo.get("k", () -> {
        calls.incrementAndGet();
        throw new IllegalArgumentException("bad input");
      })).isInstanceOf(IllegalArgumentException.class).hasMessage("bad input");
    }
    assertThat(calls.get()).isEqualTo(1);
  }
}
