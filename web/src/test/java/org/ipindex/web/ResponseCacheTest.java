package org.ipindex.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class ResponseCacheTest {
  @Test
  void keeps_a_body_and_its_gzip_form_and_computes_it_once() throws Exception {
    ResponseCache cache = new ResponseCache(1 << 20);
    AtomicInteger made = new AtomicInteger();
    byte[] text = "国家知识产权局 ".repeat(1000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Reply.Body a = cache.get("k", () -> {
      made.incrementAndGet();
      return text;
    });
    Reply.Body b = cache.get("k", () -> {
      made.incrementAndGet();
      return new byte[0];
    });
    assertThat(made).hasValue(1);
    assertThat(b).isSameAs(a);
    assertThat(a.gzip().length).isLessThan(text.length / 10);
    try (var in = new GZIPInputStream(new java.io.ByteArrayInputStream(a.gzip()))) {
      assertThat(in.readAllBytes()).isEqualTo(text);
    }
  }

  @Test
  void lets_the_least_recently_used_bodies_go_beyond_its_size() {
    ResponseCache cache = new ResponseCache(10_000);
    cache.get("a", () -> new byte[4000]);
    cache.get("b", () -> new byte[4000]);
    cache.get("a", () -> new byte[1]);
    cache.get("c", () -> new byte[4000]);
    assertThat(cache.bytes()).isLessThanOrEqualTo(10_000);
    assertThat(cache.get("a", () -> new byte[1]).raw()).hasSize(4000);
    assertThat(cache.get("b", () -> new byte[1]).raw()).as("b was the least recently used").hasSize(1);
    assertThat(cache.get("huge", () -> new byte[50_000]).raw()).as("a body larger than the cache is still answered").hasSize(50_000);
  }
}
