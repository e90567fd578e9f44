package org.ipindex.app;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The index figures published in the 2024 development report (summary and chapter 3), as extracted
 * and checked into {@code published/published_index_results.csv} (test resource).
 */
final class Published {
  record Figure(String scope, String entity, String measure, double value) {}

  private static final List<Figure> FIGURES = load();

  private Published() {}

  private static List<Figure> load() {
    var in = Objects.requireNonNull(Published.class.getResourceAsStream("/published/published_index_results.csv"));
    List<Figure> out = new ArrayList<>();
    try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        if (!r.get("value").isBlank()) {
          out.add(new Figure(r.get("scope"), r.get("entity"), r.get("measure"), Double.parseDouble(r.get("value"))));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Returns a published figure; fails the test if there is not exactly one. */
  static double value(String scope, String entity, String measure) {
    List<Figure> f = FIGURES.stream()
        .filter(x -> x.scope().equals(scope) && x.entity().equals(entity) && x.measure().equals(measure)).toList();
    if (f.size() != 1) {
      throw new IllegalArgumentException("%d published figures for %s/%s/%s".formatted(f.size(), scope, entity, measure));
    }
    return f.get(0).value();
  }

  static List<Figure> all(String scope, String measure) {
    return FIGURES.stream().filter(x -> x.scope().equals(scope) && x.measure().equals(measure)).toList();
  }
}
