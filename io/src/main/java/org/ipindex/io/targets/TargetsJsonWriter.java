package org.ipindex.io.targets;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ipindex.core.target.Progress;
import org.ipindex.core.target.ProgressFlag;
import org.ipindex.core.target.ProgressResult;
import org.ipindex.core.target.ProgressTable;
import org.ipindex.io.AtomicFiles;

/**
 * Writes a progress table as one JSON object (UTF-8):
 *
 * <pre>
 * {"set": "expected_2025", "year": 2023,
 *  "method": {"name": "eurostat_statcan_progress", "on_track": 0.95, "needs_acceleration": 0.6,
 *             "trend_strong": 0.015, "trend_moderate": 0.005, "limit_exponent": 4.44},
 *  "rows": [{…the columns of TargetColumns…, "flags": ["latest_earlier"],
 *            "alternatives": [{"baseline_value", "source", "status", "ratio"}],
 *            "observed": {"2020": 11.97, …}}, …]}
 * </pre>
 *
 * Numbers are JSON numbers; a missing number (NaN) is {@code null}.
 *
 * <p>Example: {@code TargetsWritersTest#writes_json_with_nulls_flags_and_observed_values}.
 */
public final class TargetsJsonWriter {
  private static final JsonFactory FACTORY = new JsonFactory();

  private TargetsJsonWriter() {}

  /** Writes the table to a stream (not closed here). */
  public static void write(ProgressTable table, OutputStream out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("set", table.set());
      g.writeNumberField("year", table.year());
      method(g, table.method());
      g.writeArrayFieldStart("rows");
      for (int i = 0; i < table.rows().size(); i++) {
        row(g, table, i);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  /** Writes the table to a file atomically. */
  public static void write(ProgressTable table, Path file) throws IOException {
    AtomicFiles.write(file, out -> write(table, out));
  }

  private static void method(JsonGenerator g, Progress p) throws IOException {
    g.writeObjectFieldStart("method");
    g.writeStringField("name", "eurostat_statcan_progress");
    g.writeNumberField("on_track", p.onTrack());
    g.writeNumberField("needs_acceleration", p.needsAcceleration());
    g.writeNumberField("trend_strong", p.trendStrong());
    g.writeNumberField("trend_moderate", p.trendModerate());
    g.writeNumberField("limit_exponent", p.limitExponent());
    g.writeEndObject();
  }

  private static void row(JsonGenerator g, ProgressTable table, int index) throws IOException {
    List<String> text = TargetColumns.cells(table, index);
    double[] numbers = TargetColumns.numbers(table, index);
    ProgressResult r = table.rows().get(index).result();
    g.writeStartObject();
    for (int c = 0; c < TargetColumns.NAMES.size(); c++) {
      String name = TargetColumns.NAMES.get(c);
      if (name.equals("flags") || name.equals("alternatives")) {
        continue;
      }
      if (TargetColumns.NUMBERS.contains(c)) {
        number(g, name, numbers[c]);
      } else {
        g.writeStringField(name, text.get(c));
      }
    }
    g.writeArrayFieldStart("flags");
    for (ProgressFlag f : r.flags()) {
      g.writeString(f.code());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("alternatives");
    for (ProgressResult.Alternative a : r.alternatives()) {
      g.writeStartObject();
      number(g, "baseline_value", a.baselineValue());
      g.writeStringField("source", a.source());
      g.writeStringField("status", a.status().code());
      number(g, "ratio", a.ratio());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("observed");
    for (Map.Entry<Integer, Double> e : table.rows().get(index).observed().entrySet()) {
      number(g, Integer.toString(e.getKey()), e.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void number(JsonGenerator g, String field, double value) throws IOException {
    if (!Double.isFinite(value)) {
      g.writeNullField(field);
    } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      g.writeNumberField(field, (long) value);
    } else {
      g.writeNumberField(field, value);
    }
  }
}
