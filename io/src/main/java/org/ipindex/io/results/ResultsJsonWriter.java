package org.ipindex.io.results;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Node;
import org.ipindex.core.result.ResultRow;
import org.ipindex.core.result.Results;
import org.ipindex.io.AtomicFiles;

/**
 * Writes results as one JSON object (UTF-8):
 *
 * <pre>
 * {"framework": {"name": …, "nodes": [{"code", "parent", "level", "name_zh", "name_en", "unit",
 *                                      "direction", "weight"}, …]},
 *  "evaluation_year_offset": 1, "years": [2022, 2023],
 *  "units": [{"code": "11", "name": "北京"}, …],
 *  "weights": {"R01": 0.2, …},
 *  "rows": [{"unit", "year", "evaluation_year", "code", "level", "score", "rank", "change",
 *            "change_pct", "coverage"}, …]}
 * </pre>
 *
 * Rows come in the order of {@link Results#rows()}; a missing number (NaN) is {@code null}.
 *
 * <p>Example: {@code ResultsJsonWriterTest#writes_missing_values_as_null}.
 */
public final class ResultsJsonWriter {
  private static final JsonFactory FACTORY = new JsonFactory();

  private ResultsJsonWriter() {}

  /** Writes the results to a stream (not closed here). */
  public static void write(Results results, OutputStream out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      framework(g, results.framework());
      g.writeNumberField("evaluation_year_offset", results.evaluationYearOffset());
      g.writeArrayFieldStart("years");
      for (int year : results.years()) {
        g.writeNumber(year);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("units");
      for (String unit : results.units()) {
        g.writeStartObject();
        g.writeStringField("code", unit);
        g.writeStringField("name", results.scores().unitName(unit));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("weights");
      for (Map.Entry<String, Double> w : results.weights().byNode().entrySet()) {
        number(g, w.getKey(), w.getValue());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("rows");
      for (ResultRow r : results.rows()) {
        g.writeStartObject();
        g.writeStringField("unit", r.unitCode());
        g.writeNumberField("year", r.year());
        g.writeNumberField("evaluation_year", r.evaluationYear());
        g.writeStringField("code", r.code());
        g.writeNumberField("level", r.level());
        number(g, "score", r.score());
        number(g, "rank", r.rank());
        number(g, "change", r.change());
        number(g, "change_pct", r.changePercent());
        number(g, "coverage", r.coverage());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  /** Writes the results to a file atomically. */
  public static void write(Results results, Path file) throws IOException {
    AtomicFiles.write(file, out -> write(results, out));
  }

  private static void framework(JsonGenerator g, Framework framework) throws IOException {
    g.writeObjectFieldStart("framework");
    g.writeStringField("name", framework.name());
    g.writeArrayFieldStart("nodes");
    for (Node n : framework.nodes()) {
      g.writeStartObject();
      g.writeStringField("code", n.code());
      g.writeStringField("parent", n.parentCode() == null || n.parentCode().isEmpty() ? null : n.parentCode());
      g.writeNumberField("level", framework.level(n.code()));
      g.writeStringField("name_zh", n.nameZh());
      g.writeStringField("name_en", n.nameEn());
      g.writeStringField("unit", n.unit());
      g.writeNumberField("direction", n.direction().sign());
      number(g, "weight", n.weight());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void number(JsonGenerator g, String field, double value) throws IOException {
    if (Double.isFinite(value)) {
      g.writeNumberField(field, value);
    } else {
      g.writeNullField(field);
    }
  }
}
