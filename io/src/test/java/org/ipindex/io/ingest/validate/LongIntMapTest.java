package org.ipindex.io.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

class LongIntMapTest {
  @RepeatedTest(5)
  void agrees_with_a_hash_map_through_growth(RepetitionInfo info) {
    SplittableRandom random = new SplittableRandom(info.getCurrentRepetition());
    LongIntMap map = new LongIntMap(4);
    Map<Long, Integer> reference = new HashMap<>();
    for (int i = 0; i < 20_000; i++) {
      long key = Validation.key(random.nextInt(300), random.nextInt(60), 2000 + random.nextInt(25));
      Integer before = reference.putIfAbsent(key, i);
      assertThat(map.putIfAbsent(key, i)).isEqualTo(before == null ? -1 : before);
    }
    assertThat(map.size()).isEqualTo(reference.size());
    reference.forEach((k, v) -> assertThat(map.get(k)).isEqualTo(v));
    assertThat(map.get(Validation.key(999, 1, 2000))).isEqualTo(-1);
  }
}
