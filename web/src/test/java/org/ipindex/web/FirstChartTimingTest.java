package org.ipindex.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records how soon the overview is usable: the time from navigation start to the first chart drawn (the
 * page sets the performance mark {@code ipindex:first-chart} in ECharts' {@code finished} handler), in
 * headless Chromium on loopback: the first load in a fresh profile (nothing cached), then warm loads;
 * with the test flag (no animation: when the chart is drawn) and without it (the 0.5 s animation ends).
 * It only records: the figures go to target/first-chart.txt and into BENCHMARKS.md, not into an
 * assertion on time.
 */
class FirstChartTimingTest {
  @TempDir
  Path home;

  @Test
  void records_the_time_to_the_first_chart_of_the_overview() throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("mode, load, first chart (ms), DOMContentLoaded (ms), load event (ms)");
    try (TestServer t = TestServer.start(home)) {
      for (String mode : List.of("test", "animated")) {
        try (Browser b = Browser.start()) {
          load(t, b, mode, lines);
        }
      }
    }
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "first-chart.txt"), lines);
    lines.forEach(System.out::println);
  }

  private static void load(TestServer t, Browser b, String mode, List<String> lines) {
    for (int i = 0; i < 6; i++) {
      b.open(t.uri(mode.equals("test") ? "/?test=1" : "/"));
      b.waitUntil("the first chart", () -> b.script("return performance.getEntriesByName('ipindex:first-chart').length")
          instanceof Number n && n.intValue() > 0);
      Map<?, ?> m = (Map<?, ?>) b.script("""
          const n = performance.getEntriesByType('navigation')[0];
          return {chart: performance.getEntriesByName('ipindex:first-chart')[0].startTime,
                  dom: n.domContentLoadedEventEnd, load: n.loadEventEnd};""");
      lines.add(String.format(Locale.ROOT, "%s, %s, %.0f, %.0f, %.0f", mode, i == 0 ? "cold" : "warm",
          ((Number) m.get("chart")).doubleValue(), ((Number) m.get("dom")).doubleValue(), ((Number) m.get("load")).doubleValue()));
      assertThat(((Number) m.get("chart")).doubleValue()).isPositive();
    }
    assertThat(b.consoleErrors()).isEmpty();
  }
}
